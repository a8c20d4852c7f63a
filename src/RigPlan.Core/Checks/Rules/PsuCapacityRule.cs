using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads.Training;
using RigPlan.Core.Units;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>power.psu-capacity</c>: the DC load at full load (GPUs at their power limit, CPUs at TDP, RigPlan's
/// allowances) against the PSUs' rating at the site's voltage, with 20 % headroom for sustained load.
/// </summary>
/// <remarks>
/// The 80 % guideline: a unit sized so the sustained load stays at or below 80 % of its rating runs in its efficient
/// range and keeps margin for ageing and load steps; running above it works but is the first thing to fail.
/// </remarks>
public sealed class PsuCapacityRule : IBuildRule
{
    private readonly PowerLimitModel? _power;

    /// <summary>The rule; with a power model its power-cap fix says how much speed the cap keeps.</summary>
    public PsuCapacityRule(PowerLimitModel? power = null) => _power = power;

    /// <summary>Sustained load above this share of the rating draws a warning.</summary>
    public const double Headroom = 0.8;

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("power.psu-capacity", "DC load against PSU capacity at the site's voltage", "PSU ratings from the catalog; sustained load at most 80 % of the rating");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var node in build.Nodes)
        {
            var load = node.Power.DcLoad;
            var volts = $"{build.Build.Site.Voltage.Value:0} V";
            if (node.PsuUnits == 0)
            {
                var options = Suggest.PsusFor(build.Catalog, build.Build.Site, new Watts(load.Value / Headroom)).Take(2).Select(Suggest.Name);
                yield return Finding(Severity.Error, node, $"the node has no PSU; it needs {Fmt.W(load)} at full load", $"add a PSU of at least {Fmt.W(load.Value / Headroom)} at {volts}" + (options.Any() ? $", e.g. {Fmt.List(options)}" : ""));
                continue;
            }

            var capacity = node.PsuCapacity;
            if (capacity.Value <= 0)
            {
                yield return Finding(Severity.Warning, node, $"the catalog does not know the PSUs' output at {volts}, so the load of {Fmt.W(load)} cannot be checked", "check the PSU's label for its rating at your voltage");
                continue;
            }

            var breakdown = Breakdown(node);
            if (load > capacity)
            {
                yield return Finding(Severity.Error, node, $"DC load {Fmt.W(load)} ({breakdown}) exceeds the PSUs' {Fmt.W(capacity)} at {volts}", Fixes(build, node, load));
            }
            else if (load.Value > capacity.Value * Headroom)
            {
                yield return Finding(Severity.Warning, node, $"DC load {Fmt.W(load)} is {Fmt.Pct(load / capacity)} of the PSUs' {Fmt.W(capacity)} at {volts}; sustained load should stay at or below {Fmt.Pct(Headroom)}", Fixes(build, node, load));
            }
        }
    }

    private static string Breakdown(NodeContext node) =>
        string.Join(", ", node.Power.Items.Where(i => !i.IsAllowance).Select(i => i.Count > 1 ? $"{i.Count}x {i.What} at {Fmt.W(i.Each)}" : $"{i.What} {Fmt.W(i.Each)}"))
        + $", allowances {Fmt.W(node.Power.Items.Where(i => i.IsAllowance).Sum(i => i.Total.Value))}";

    private string Fixes(BuildContext build, NodeContext node, Watts load)
    {
        var fixes = new List<string>();
        var wanted = new Watts(load.Value / Headroom);
        var bigger = Suggest.PsusFor(build.Catalog, build.Build.Site, wanted).FirstOrDefault();
        if (bigger is not null)
        {
            fixes.Add($"use a PSU of at least {Fmt.W(wanted)}, e.g. {Suggest.Name(bigger)}");
        }
        else
        {
            // More units like the largest one already there, until the PSUs carry the load with headroom.
            var largest = node.Node.Psus.Select(p => Power.PsuRatings.Capacity(p.Part, build.Build.Site)?.Value ?? 0).DefaultIfEmpty(0).Max();
            var more = largest > 0 ? Math.Max(1, (int)Math.Ceiling((wanted.Value - node.PsuCapacity.Value) / largest)) : 1;
            var room = "";
            if (node.Node.Chassis is { ChassisKind: ChassisKind.Tower or ChassisKind.Rack } box && !(box.PsuBays >= node.PsuUnits + more))
            {
                var forms = node.Node.Psus.Select(p => p.Part.FormFactor).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var cases = Suggest.CasesWithPsuRoom(build.Catalog, node.Node.Motherboard, node.PsuUnits + more, forms).Take(2).Select(Suggest.Name).ToList();
                var bays = box.PsuBays is { } b ? $"has {Fmt.Count(b, "PSU bay")}" : "has an unknown number of PSU bays";
                room = $" ({box.Name} {bays}: {(cases.Count > 0 ? "use a case with room, e.g. " + Fmt.List(cases) : "use a case with room for them")}, or an open frame)";
            }

            fixes.Add($"add {(more == 1 ? "another PSU" : $"{more} more PSUs")} so the PSUs give at least {Fmt.W(wanted)}{room}");
        }

        if (Suggest.PowerLimitFor(node, new Watts(node.PsuCapacity.Value * Headroom)) is { } limit)
        {
            fixes.Add($"or cap each GPU at {limit:0} W (nvidia-smi -pl {limit:0}; power_limit_w: {limit:0}){SpeedKept.At(_power, node, limit)}");
        }

        return string.Join("; ", fixes);
    }

    private Finding Finding(Severity severity, NodeContext node, string message, string? fix) =>
        new() { Rule = Info.Id, Severity = severity, Message = message, Fix = fix, Node = node.Name };
}
