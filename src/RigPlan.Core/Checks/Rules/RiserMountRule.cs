using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>fit.riser-mount</c>: a card on a riser cable sits away from the board, so something must hold it. An open frame
/// (or a bench with no enclosure) has rails for it; a tower or rack case has at most a vertical mount bracket for one
/// card, so one card on a riser there is a warning to check and more than one is an error; a barebone's GPU bays are
/// wired for its own risers.
/// </summary>
public sealed class RiserMountRule : IBuildRule
{
    /// <summary>The rule's id.</summary>
    public const string Id = "fit.riser-mount";

    /// <inheritdoc />
    public RuleInfo Info { get; } = new(Id, "Cards on risers need somewhere to be mounted", "chassis kinds in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var onRisers = node.Node.Gpus.Where(g => g.Riser is not null).Sum(g => g.Count);
            if (onRisers == 0)
            {
                continue;
            }

            var chassis = node.Node.Chassis;
            switch (chassis?.ChassisKind)
            {
                case null or ChassisKind.OpenFrame:
                    yield return Make(Severity.Info, node.Name, $"{onRisers} card(s) on risers: mount them on the {(chassis is null ? "bench" : chassis.Name)}'s GPU rail, within the riser's reach", null);
                    break;
                case ChassisKind.Barebone:
                    yield return Make(Severity.Error, node.Name, $"{chassis.Name} holds its cards in its own GPU bays; riser cables do not fit it", "remove the risers");
                    break;
                default:
                    yield return onRisers == 1
                        ? Make(Severity.Warning, node.Name, $"a card on a riser in {chassis.Name} needs a vertical GPU mount", "check the case has a vertical mount bracket, or seat the card in a slot")
                        : Make(Severity.Error, node.Name, $"{onRisers} cards on risers have nowhere to go in {chassis.Name} (a case holds at most one vertical card)", "use an open-frame chassis, or seat the cards in slots");
                    break;
            }
        }
    }

    private Finding Make(Severity severity, string node, string message, string? fix) =>
        new() { Rule = Info.Id, Severity = severity, Node = node, Message = message, Fix = fix };
}
