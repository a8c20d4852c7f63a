using System.Collections.Immutable;
using RigPlan.Core.Checks;
using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>
/// How a build's PSUs spread over the site's circuits: each unit carries its share of its machine's load (in
/// proportion to its rating) and draws that over its efficiency at that load from one circuit.
/// </summary>
public sealed record CircuitPlan(ImmutableArray<CircuitLoad> Circuits, Watts Limit, ImmutableArray<PsuUnit> Units)
{
    /// <summary>Wall draw of the whole build.</summary>
    public Watts TotalWall => Units.Aggregate(Watts.Zero, (s, u) => s + u.Wall);

    /// <summary>Spreads the build's PSU units over its circuits: units the file places stay there, the rest go largest first to the least-loaded circuit.</summary>
    public static CircuitPlan For(BuildContext build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var site = build.Build.Site;
        var units = new List<PsuUnit>();
        foreach (var node in build.Nodes)
        {
            var capacity = node.PsuCapacity.Value;
            for (var machine = 1; machine <= node.Node.Count; machine++)
            {
                foreach (var group in node.Node.Psus)
                {
                    var each = PsuRatings.Capacity(group.Part, site)?.Value ?? 0;
                    for (var u = 0; u < group.Count; u++)
                    {
                        var share = capacity > 0 ? node.Power.DcLoad.Value * each / capacity : 0;
                        var fraction = each > 0 ? share / each : 1;
                        var efficiency = PsuRatings.Efficiency(group.Part, fraction, site.HighLine);
                        int? requested = node.Node.Count == 1 && !group.Circuits.IsEmpty ? group.Circuits[u] : null;
                        units.Add(new PsuUnit(node.Name, machine, group.Part.Name, new Watts(share), efficiency, new Watts(share / efficiency), requested));
                    }
                }
            }
        }

        var loads = Enumerable.Range(1, site.Circuits).ToDictionary(i => i, _ => new List<PsuUnit>());
        foreach (var unit in units.Where(u => u.RequestedCircuit is not null))
        {
            var circuit = unit.RequestedCircuit!.Value;
            if (!loads.TryGetValue(circuit, out var list))
            {
                list = [];
                loads[circuit] = list;
            }

            list.Add(unit);
        }

        // Largest first onto the least-loaded circuit; a priority queue keeps this fast for thousands of machines.
        var queue = new PriorityQueue<int, (double Load, int Number)>();
        foreach (var (number, list) in loads.Where(l => l.Key <= site.Circuits))
        {
            queue.Enqueue(number, (list.Sum(x => x.Wall.Value), number));
        }

        foreach (var unit in units.Where(u => u.RequestedCircuit is null).OrderByDescending(u => u.Wall.Value))
        {
            queue.TryDequeue(out var number, out var priority);
            loads[number].Add(unit);
            queue.Enqueue(number, (priority.Load + unit.Wall.Value, number));
        }

        var circuits = loads.OrderBy(l => l.Key).Select(l => new CircuitLoad(l.Key, [.. l.Value])).ToImmutableArray();
        return new CircuitPlan(circuits, site.ContinuousLimit, [.. units]);
    }
}
