using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary><c>fit.form-factor</c>: the board's form factor against the chassis', a barebone's own board, and cards against the chassis' openings.</summary>
public sealed class FormFactorRule : IBuildRule
{
    /// <summary>The rule's id.</summary>
    public const string Id = "fit.form-factor";

    /// <inheritdoc/>
    public RuleInfo Info { get; } = new(Id, "Board form factor and expansion openings against the chassis", "chassis form-factor support and expansion-slot counts in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.Chassis is not { } chassis)
            {
                continue;
            }

            var board = node.Node.Motherboard;
            if (chassis.ChassisKind == ChassisKind.Barebone)
            {
                if (chassis.IncludedMotherboard is { } included && included != board.Id)
                {
                    yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{chassis.Name} is a barebone built around {included}, not {board.Name}", Fix = $"use motherboard: {included}, or a case" };
                }

                continue;
            }

            if (!chassis.Takes(board.FormFactor))
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node.Name, Message = $"{board.Name} is {board.FormFactor}; {chassis.Name} takes {string.Join(", ", chassis.BoardFormFactors)}", Fix = $"use a chassis that takes {board.FormFactor} boards" };
            }

            var lowest = board.LastSlotPosition;
            if (chassis.ChassisKind is ChassisKind.Tower or ChassisKind.Rack && lowest > chassis.ExpansionSlots)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Warning, Node = node.Name, Message = $"{board.Name} has a slot at position {lowest}, below the last of {chassis.Name}'s {chassis.ExpansionSlots} expansion openings: the board is longer than the case's slot area, and that slot has no opening", Fix = $"use a case with at least {lowest} expansion openings (more for a thick card in the last slot), or an open frame" };
            }

            var lastCovered = node.Placement.Placed.Where(p => p.Device.Riser is null).Select(p => p.LastPosition).DefaultIfEmpty(0).Max();
            if (chassis.ChassisKind is ChassisKind.Tower or ChassisKind.Rack && lastCovered > 0 && lastCovered == chassis.ExpansionSlots && node.Placement.Placed.Length > 0)
            {
                yield return new Finding { Rule = Info.Id, Severity = Severity.Info, Node = node.Name, Message = $"the cards use all {chassis.ExpansionSlots} of {chassis.Name}'s expansion openings" };
            }
        }
    }
}
