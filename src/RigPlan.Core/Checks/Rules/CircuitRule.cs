using RigPlan.Core.Workloads.Training;
using RigPlan.Core.Units;

namespace RigPlan.Core.Checks.Rules;

/// <summary>
/// <c>power.circuit</c>: the wall draw of the PSUs on each circuit (DC share over the 80 PLUS efficiency at that
/// load) against 80 % of the breaker rating, the limit for a continuous load.
/// </summary>
/// <remarks>US NEC 210.19(A) and 210.20(A): continuous loads (3 hours or more) at most 80 % of the branch circuit's rating.</remarks>
public sealed class CircuitRule : IBuildRule
{
    private readonly PowerLimitModel? _power;

    /// <summary>The rule; with a power model its power-cap fix says how much speed the cap keeps.</summary>
    public CircuitRule(PowerLimitModel? power = null) => _power = power;

    /// <inheritdoc />
    public RuleInfo Info { get; } = new("power.circuit", "Wall draw per circuit against 80 % of the breaker rating", "NEC 210.19(A)/210.20(A) continuous-load rule; 80 PLUS efficiency levels");

    /// <inheritdoc />
    public IEnumerable<Finding> Check(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var site = build.Build.Site;
        var plan = build.Circuits;
        var limit = plan.Limit;
        var siteText = $"{site.Voltage.Value:0} V / {site.CircuitAmps.Value:0} A";
        foreach (var unit in plan.Units.Where(u => u.RequestedCircuit > site.Circuits))
        {
            yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = unit.Node, Message = $"{unit.Psu} is placed on circuit {unit.RequestedCircuit}, but the site has {Fmt.Count(site.Circuits, "circuit")}", Fix = $"use circuit numbers 1 to {site.Circuits}, or raise site.circuits" };
        }

        var total = plan.TotalWall;
        var needed = (int)Math.Ceiling(total.Value / limit.Value);
        foreach (var circuit in plan.Circuits.Where(c => c.Wall > limit))
        {
            var units = circuit.Units;
            var node = units.Select(u => u.Node).Distinct().Count() == 1 ? units[0].Node : null;
            var dc = units.Sum(u => u.DcShare.Value);
            var efficiency = dc / circuit.Wall.Value;
            var message = $"circuit {circuit.Number} carries {Fmt.W(circuit.Wall)} at the wall ({Fmt.W(dc)} DC at {Fmt.Pct(efficiency)} efficiency), more than the {Fmt.W(limit)} a {siteText} circuit may carry continuously (80 % of {Fmt.W(site.Voltage.Value * site.CircuitAmps.Value)})";
            yield return new Finding { Rule = Info.Id, Severity = Severity.Error, Node = node, Message = message, Fix = Fix(build, needed, limit) };
        }
    }

    private string Fix(BuildContext build, int needed, Watts limit)
    {
        var site = build.Build.Site;
        var units = build.Circuits.Units.Length;
        var fixes = new List<string>();
        if (needed > site.Circuits)
        {
            fixes.Add($"spread the load over {needed} circuits (site.circuits: {needed})" + (units < needed ? $" with at least {needed} PSUs, one per circuit" : ", one PSU on each"));
        }
        else
        {
            fixes.Add($"put the PSUs on different circuits (circuits: [1, 2, ...] on the PSU entry), or add PSUs so each circuit carries at most {Fmt.W(limit)}");
        }

        if (!site.HighLine)
        {
            fixes.Add($"or run on a 240 V / {site.CircuitAmps.Value:0} A circuit ({Fmt.W(240 * site.CircuitAmps.Value * 0.8)} continuous)");
        }

        if (build.Nodes.Length == 1 && build.Build.Nodes[0].Count == 1)
        {
            var node = build.Nodes[0];
            var efficiency = build.Circuits.Units.Length > 0 ? build.Circuits.Units.Average(u => u.Efficiency) : 0.9;
            var target = new Watts(limit.Value * site.Circuits * efficiency);
            if (Suggest.PowerLimitFor(node, target) is { } cap)
            {
                fixes.Add($"or cap each GPU at {cap:0} W (power_limit_w: {cap:0}){SpeedKept.At(_power, node, cap)}");
            }
        }

        return string.Join("; ", fixes);
    }
}
