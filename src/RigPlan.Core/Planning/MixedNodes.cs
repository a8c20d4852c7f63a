using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Network;

namespace RigPlan.Core.Planning;

/// <summary>
/// Clusters of two kinds of node (n1 nodes of k1 GPUs and n2 nodes of k2 GPUs of the same GPU model), for a GPU total
/// that identical nodes split badly (12 = 8 + 4). Both kinds carry the same GPU model: synchronous data-parallel
/// training runs at the pace of the slowest GPU, and NVIDIA and AMD GPUs do not share one collective library.
/// </summary>
/// <remarks>
/// Every plan for one node of k GPUs is no better than the cheapest host for its GPU choice (same GPUs, same TFLOPS,
/// memory and speed, lower cost), so each kind's candidates are the exact planner's best plan per GPU choice at k GPUs
/// (its <c>--pareto</c> pass), thinned to those no other candidate beats on cost, TFLOPS, memory and speed. Every pair of
/// candidates is scored as a whole cluster (network included) against the totals and the budget, best first, and the
/// first pair whose combined build the full checker accepts wins. The combined check can reject a pair for a reason no
/// single node shows (the shared circuits); such a pair is skipped, and the result is then reported as feasible, not
/// proven optimal, because a dearer host of the same GPUs might have passed.
/// </remarks>
public static class MixedNodes
{
    private static readonly BuildChecker Checker = new();

    /// <summary>The node-count and GPU-count pairs to try for a total, larger count first.</summary>
    public static IEnumerable<(int N1, int K1, int N2, int K2)> Splits(int minGpus, int maxGpus, int maxPerNode, int maxNodes)
    {
        for (var k1 = 2; k1 <= maxPerNode; k1++)
        {
            for (var k2 = 1; k2 < k1; k2++)
            {
                for (var n1 = 1; n1 * k1 < maxGpus && n1 < maxNodes; n1++)
                {
                    for (var n2 = 1; (n1 * k1) + (n2 * k2) <= maxGpus && n1 + n2 <= maxNodes; n2++)
                    {
                        var total = (n1 * k1) + (n2 * k2);
                        if (total >= minGpus)
                        {
                            yield return (n1, k1, n2, k2);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The best two-kind cluster for a requirement whose GPU counts are totals (null when none passes the checker), and
    /// whether the search is proven: false when a pair was rejected only by the combined check.
    /// </summary>
    public static (Plan? Plan, bool Proven) Best(HardwareCatalog catalog, Requirements req)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        var candidates = new Dictionary<int, List<Plan>>();
        List<Plan> For(int k)
        {
            if (!candidates.TryGetValue(k, out var list))
            {
                var kind = req with { Nodes = 1, InCluster = true, MinGpus = k, MaxGpus = k, MinVramTotalGb = 0, MinTflops = 0, Budget = null, Objective = PlanObjective.MinCost };
                // Thinned within each GPU model: the two kinds must share one, so another model's better node is no rival.
                list = [.. new Planner().Plan(catalog, kind, pareto: true, explain: false).PairBests.GroupBy(p => p.Build.Nodes[0].Gpus[0].Gpu.Id).SelectMany(g => Thin([.. g]))];
                candidates[k] = list;
            }

            return list;
        }

        (Plan Plan, bool Proven)? best = null;
        var proven = true;
        foreach (var (n1, k1, n2, k2) in Splits(req.MinGpus, req.MaxGpus, NodeChoice.MaxGpusPerNode, NodeChoice.MaxNodes))
        {
            var machines = n1 + n2;
            var network = NetworkFor(catalog, req, machines);
            if (machines >= 3 && network is null)
            {
                continue;
            }

            var networkCost = network?.Cost ?? 0;
            var scored = new List<(double Score, Plan A, Plan B, double Cost)>();
            foreach (var a in For(k1))
            {
                foreach (var b in For(k2).Where(b => b.Build.Nodes[0].Gpus[0].Gpu.Id == a.Build.Nodes[0].Gpus[0].Gpu.Id))
                {
                    var cost = (n1 * a.CostUsd) + (n2 * b.CostUsd) + networkCost;
                    var tflops = (n1 * a.Tflops) + (n2 * b.Tflops);
                    var vram = (n1 * a.VramGb) + (n2 * b.VramGb);
                    var decode = (n1 * a.DecodeTps) + (n2 * b.DecodeTps);
                    if ((req.Budget is { } budget && cost > budget + 1e-6) || vram < req.MinVramTotalGb || tflops < req.MinTflops)
                    {
                        continue;
                    }

                    scored.Add((PlanScore.Of(req.Objective, cost, tflops, vram, decode), a, b, cost));
                }
            }

            foreach (var (score, a, b, cost) in scored.OrderByDescending(x => x.Score))
            {
                if (best is { } current && score <= PlanScore.Of(req.Objective, current.Plan))
                {
                    break;
                }

                var build = Combine(req, a, n1, b, n2, network?.Spec);
                var report = Checker.Check(build, catalog);
                if (!CandidateBuilder.Tolerable(report))
                {
                    proven = false;
                    continue;
                }

                var plan = new Plan
                {
                    Build = build,
                    CostUsd = cost,
                    Tflops = (n1 * a.Tflops) + (n2 * b.Tflops),
                    VramGb = (n1 * a.VramGb) + (n2 * b.VramGb),
                    DecodeTps = (n1 * a.DecodeTps) + (n2 * b.DecodeTps),
                    ObjectiveValue = 0,
                    Report = report,
                };
                best = (plan with { ObjectiveValue = PlanScore.Reported(req.Objective, plan) }, true);
                break;
            }
        }

        return (best?.Plan, proven);
    }

    /// <summary>Candidates no other beats on cost, TFLOPS, memory and speed at once.</summary>
    private static List<Plan> Thin(ImmutableArray<Plan> plans) =>
        [.. plans.Where(p => !plans.Any(q => !ReferenceEquals(p, q) && q.CostUsd <= p.CostUsd && q.Tflops >= p.Tflops && q.VramGb >= p.VramGb && q.DecodeTps >= p.DecodeTps
            && (q.CostUsd < p.CostUsd || q.Tflops > p.Tflops || q.VramGb > p.VramGb || q.DecodeTps > p.DecodeTps)))];

    private static (NetworkSpec Spec, double Cost)? NetworkFor(HardwareCatalog catalog, Requirements req, int machines)
    {
        if (machines < 3)
        {
            return null;
        }

        double? Price(string id) => PlanSpace.Price(catalog, id, req.Prices);
        var allowed = PlanSpace.AllowedBy(catalog, req);
        var switches = catalog.Switches.Where(s => allowed(s));
        return Fabric.SwitchesFor(switches, machines, Checks.Rules.NetworkRule.MinimumGbps, "ethernet", Price) is { } f
            ? (new NetworkSpec { Switch = f.Switch, SwitchCount = f.Count, Location = new SourceLocation("plan", 0) }, (Price(f.Switch.Id) ?? 0) * f.Count)
            : null;
    }

    private static BuildSpec Combine(Requirements req, Plan a, int n1, Plan b, int n2, NetworkSpec? network) => a.Build with
    {
        Name = $"plan-{n1}x{a.Build.Nodes[0].GpuCount}-{n2}x{b.Build.Nodes[0].GpuCount}",
        Site = req.Site,
        Nodes = [a.Build.Nodes[0] with { Name = "gpu-node-a", Count = n1 }, b.Build.Nodes[0] with { Name = "gpu-node-b", Count = n2 }],
        Network = network,
    };
}
