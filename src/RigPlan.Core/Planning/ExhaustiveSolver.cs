using System.Diagnostics;

namespace RigPlan.Core.Planning;

/// <summary>
/// Lists every combination in the plan space for each GPU choice, sorts them by cost and runs the full checker on them
/// in that order (the first it accepts is that choice's cheapest plan), with no branch-and-bound pruning, caches or rule
/// subsets: slow, obviously right, and the reference the exact planner is tested against on small catalogs. It shares
/// the plan space (and so its dominance pruning) and the requirement filters of <see cref="Planner.Pairs"/>.
/// </summary>
public sealed class ExhaustiveSolver
{
    /// <summary>Plans by enumerating every candidate.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Solvers share an instance API.")]
    public PlanResult Plan(Catalog.HardwareCatalog catalog, Requirements req, int top = 1, bool pareto = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        var clock = Stopwatch.StartNew();
        var space = new PlanSpace(catalog, req);
        var plans = new List<Plan>();
        var checkedCount = 0;
        foreach (var pair in Planner.Pairs(space))
        {
            // Every host for this GPU choice, cheapest first; the first the checker accepts is the pair's best plan.
            var hosts = new List<(double Cost, PlatformOption Platform, MemoryOption Memory, Catalog.Chassis? Chassis, PsuOption Psu, Catalog.Nic? Nic)>();
            foreach (var platform in space.Platforms)
            {
                var (needsNic, nic) = Planner.NicFor(space, platform);
                if (needsNic && nic is null)
                {
                    continue;
                }

                foreach (var memory in space.MemoryFor(platform).Where(m => m.Gb >= pair.Gpu.Gpu.Vram.Value * pair.Count))
                {
                    foreach (var chassis in space.Chassis)
                    {
                        foreach (var psu in space.Psus)
                        {
                            var host = platform.Price + memory.Price + (chassis is null ? 0 : space.PriceOf(chassis)) + psu.Price + (nic is null ? 0 : space.PriceOf(nic));
                            hosts.Add((host, platform, memory, chassis, psu, nic));
                        }
                    }
                }
            }

            Plan? best = null;
            foreach (var h in hosts.OrderBy(h => h.Cost))
            {
                var cost = space.TotalCost(pair.GpuCost + h.Cost);
                if (req.Budget is { } budget && cost > budget + 1e-6)
                {
                    break;
                }

                checkedCount++;
                var build = CandidateBuilder.Build(req, pair.Gpu, pair.Count, h.Platform, h.Memory, h.Chassis, h.Psu, h.Nic, space.Network);
                if (CandidateBuilder.Accept(build, catalog) is { } report)
                {
                    best = new Plan { Build = build, CostUsd = cost, Tflops = pair.Gpu.Tflops * pair.Count * req.Nodes, DecodeTps = space.DecodeTps(pair.Gpu, pair.Count), VramGb = pair.Gpu.Gpu.Vram.Value * pair.Count * req.Nodes, ObjectiveValue = 0, Report = report };
                    break;
                }
            }

            if (best is not null)
            {
                plans.Add(best with { ObjectiveValue = PlanScore.Reported(req.Objective, best) });
            }
        }

        var ranked = plans
            .GroupBy(p => (p.Build.Nodes[0].Gpus[0].Gpu.Id, p.Build.Nodes[0].GpuCount))
            .Select(g => g.OrderByDescending(p => PlanScore.Of(req.Objective, p)).First())
            .OrderByDescending(p => PlanScore.Of(req.Objective, p))
            .Take(Math.Max(1, top))
            .ToList();
        return new PlanResult
        {
            Status = ranked.Count == 0 ? PlanStatus.Infeasible : PlanStatus.Optimal,
            Best = ranked.FirstOrDefault(),
            Alternatives = [.. ranked.Skip(1)],
            Pareto = pareto ? Planner.ParetoFrontier(plans) : [],
            SolveMs = clock.Elapsed.TotalMilliseconds,
            Checked = checkedCount,
            UnpricedParts = space.UnpricedParts,
            Solver = "exhaustive",
        };
    }
}
