using RigPlan.Core.Catalog;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>fit.psu-bays</c>: a tower or rack case holds as many PSUs as it has bays, of the form factor it takes. More PSUs
/// than bays is an error; more than one PSU in a case whose bay count the catalog does not know is a warning, since most
/// towers take one. An SFX unit fits an ATX bay (with the usual bracket). Open frames (a PSU can stand beside the frame)
/// and barebones (they bring their own PSUs) are not checked.
/// </summary>
public sealed class PsuBaysRule : IBuildRule
{
    /// <summary>The rule's id.</summary>
    public const string Id = "fit.psu-bays";

    /// <inheritdoc />
    public RuleInfo Info { get; } = new(Id, "PSUs against the case's PSU bays", "chassis PSU bay counts and form factors in the catalog");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            if (node.Node.Chassis is not { ChassisKind: ChassisKind.Tower or ChassisKind.Rack } chassis || node.PsuUnits == 0)
            {
                continue;
            }

            if (chassis.PsuFormFactor is { } bay && node.Node.Psus.FirstOrDefault(p => !Fits(p.Part.FormFactor, bay)) is { } misfit)
            {
                yield return Make(Severity.Error, node.Name, $"{misfit.Part.Name} is a {misfit.Part.FormFactor} unit; {chassis.Name} takes {bay} PSUs", $"use a {bay} PSU, or a case that takes {misfit.Part.FormFactor} units");
            }

            if (chassis.PsuBays is { } bays && node.PsuUnits > bays)
            {
                yield return Make(Severity.Error, node.Name, $"{node.PsuUnits} PSUs do not fit {chassis.Name}, which has {Count(bays)}", BiggerCase(build, node, chassis));
            }
            else if (chassis.PsuBays is null && node.PsuUnits > 1)
            {
                yield return Make(Severity.Warning, node.Name, $"the catalog does not know how many PSUs {chassis.Name} holds, and most cases take one; this build has {node.PsuUnits}", "check the case has a second PSU mount; " + BiggerCase(build, node, chassis));
            }
        }
    }

    /// <summary>Whether a PSU of one form factor fits a bay of another: the same, or SFX in an ATX bay.</summary>
    /// <param name="psu">The PSU's form factor.</param>
    /// <param name="bay">The bay's form factor.</param>
    public static bool Fits(string psu, string bay) =>
        string.Equals(psu, bay, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(psu, "SFX", StringComparison.OrdinalIgnoreCase) && string.Equals(bay, "ATX", StringComparison.OrdinalIgnoreCase));

    private static string Count(int bays) => bays == 1 ? "one PSU bay" : $"{bays} PSU bays";

    private static string BiggerCase(BuildContext build, NodeContext node, Chassis current)
    {
        var board = node.Node.Motherboard.FormFactor;
        var names = build.Catalog.Chassis
            .Where(c => c.Id != current.Id && c.ChassisKind is ChassisKind.Tower or ChassisKind.Rack && c.PsuBays >= node.PsuUnits && c.Takes(board))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => $"{c.Name} ({c.Id})")
            .ToList();
        var cases = names.Count == 0 ? "a case with room for them" : "a case with enough PSU bays, e.g. " + string.Join(" or ", names);
        return $"use {cases}, an open frame, or one larger PSU";
    }

    private Finding Make(Severity severity, string node, string message, string fix) =>
        new() { Rule = Info.Id, Severity = severity, Node = node, Message = message, Fix = fix };
}
