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
                yield return Make(Severity.Error, node.Name, $"{misfit.Part.Name} ({misfit.Part.FormFactor} form factor) does not fit {chassis.Name}, whose bays take {bay} PSUs", $"use a {bay} PSU, or a case that takes {misfit.Part.FormFactor} units");
            }

            if (chassis.PsuBays is { } bays && node.PsuUnits > bays)
            {
                yield return Make(Severity.Error, node.Name, $"{node.PsuUnits} PSUs do not fit {chassis.Name}, which has {Fmt.Count(bays, "PSU bay")}", Room(build, node, chassis));
            }
            else if (chassis.PsuBays is null && node.PsuUnits > 1)
            {
                yield return Make(Severity.Warning, node.Name, $"the catalog does not know how many PSUs {chassis.Name} holds; this build has {node.PsuUnits}", "check the case has a bay for each; " + Room(build, node, chassis));
            }
        }
    }

    /// <summary>Whether a PSU of one form factor fits a bay of another: the same, or SFX in an ATX bay.</summary>
    /// <param name="psu">The PSU's form factor.</param>
    /// <param name="bay">The bay's form factor.</param>
    public static bool Fits(string psu, string bay) =>
        string.Equals(psu, bay, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(psu, "SFX", StringComparison.OrdinalIgnoreCase) && string.Equals(bay, "ATX", StringComparison.OrdinalIgnoreCase));

    private static string Room(BuildContext build, NodeContext node, Chassis current)
    {
        var forms = node.Node.Psus.Select(p => p.Part.FormFactor).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var names = Suggest.CasesWithPsuRoom(build.Catalog, node.Node.Motherboard, node.PsuUnits, forms)
            .Where(c => c.Id != current.Id)
            .Take(3)
            .Select(Suggest.Name)
            .ToList();
        var fixes = new List<string> { names.Count == 0 ? "use a case with a bay for each PSU" : "use a case with enough PSU bays, e.g. " + Fmt.List(names), "an open frame" };
        var single = Suggest.PsusFor(build.Catalog, build.Build.Site, new Units.Watts(node.Power.DcLoad.Value / PsuCapacityRule.Headroom)).FirstOrDefault();
        if (single is not null)
        {
            fixes.Add($"one PSU that carries the load, e.g. {Suggest.Name(single)}");
        }

        return string.Join(", or ", fixes);
    }

    private Finding Make(Severity severity, string node, string message, string fix) =>
        new() { Rule = Info.Id, Severity = severity, Node = node, Message = message, Fix = fix };
}
