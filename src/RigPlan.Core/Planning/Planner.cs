using System.Collections.Immutable;
using System.Diagnostics;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Pcie;
using RigPlan.Core.Power;
using RigPlan.Core.Units;

namespace RigPlan.Core.Planning;

/// <summary>
/// The exact planner: branch and bound over (GPU option, count) pairs, each bounded by the cheapest conceivable
/// host, and for each surviving pair the cheapest acceptable host found by a cost-ordered search that stops as soon as
/// nothing cheaper can remain. Every candidate it accepts is run through the checker, so a plan passes `rigplan check`.
/// </summary>
/// <remarks>
/// Exactness: a pair's bound uses the cheapest platform, memory, chassis and PSU independently, which no real host can
/// undercut, and every objective improves as cost falls for a fixed GPU choice; so a pair whose bound cannot beat the
/// k-th best plan cannot hold a better one, and the host search, walking each level in price order, returns the
/// cheapest host the checker accepts.
/// </remarks>
public sealed class Planner
{
    private readonly Dictionary<(string, string?, int, string?), bool> _slotFit = [];
    private readonly Dictionary<(string, int, string, int, string?, string?), bool> _slotRules = [];
    private readonly Dictionary<(string, int, string, int, double, bool), bool> _powerRules = [];
    private readonly Dictionary<(string, int, double, bool), List<PsuOption>> _psusFor = [];
    private PlanSpace _space = null!;
    private Stopwatch _clock = null!;
    private TimeSpan? _limit;
    private int _checked;

    /// <summary>Plans for a requirement.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="req">The requirement.</param>
    /// <param name="top">How many distinct plans to return (the best and K-1 alternatives).</param>
    /// <param name="pareto">Also return the cost against TFLOPS frontier (evaluates every pair).</param>
    /// <param name="timeLimit">Stop after this long and report the gap.</param>
    /// <param name="explain">When no plan exists, say why (re-plans relaxed requirements, so it takes longer).</param>
    public PlanResult Plan(HardwareCatalog catalog, Requirements req, int top = 1, bool pareto = false, TimeSpan? timeLimit = null, bool explain = true) =>
        Solve(catalog, req, top, pareto, timeLimit, explain);

    private PlanResult Solve(HardwareCatalog catalog, Requirements req, int top, bool pareto, TimeSpan? timeLimit, bool explain)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        _clock = Stopwatch.StartNew();
        _limit = timeLimit;
        _checked = 0;
        _space = new PlanSpace(catalog, req);
        var pairs = Pairs(_space).OrderByDescending(p => p.Bound).ToList();
        var found = new List<Plan>();
        var frontier = new List<Plan>();
        var k = Math.Max(1, top);
        double? openBound = null;
        var explored = 0;
        foreach (var pair in pairs)
        {
            var threshold = found.Count >= k ? Score(found[k - 1]) : double.NegativeInfinity;
            if (!pareto && pair.Bound <= threshold)
            {
                break;
            }

            if (_limit is { } limit && _clock.Elapsed > limit)
            {
                openBound = pair.Bound;
                break;
            }

            if (!CanPower(pair))
            {
                continue;
            }

            explored++;
            var maxHost = MaxHostCost(pair, pareto ? double.NegativeInfinity : threshold);
            if (BestHost(pair.Gpu, pair.Count, maxHost) is { } plan)
            {
                frontier.Add(plan);
                Insert(found, plan, k);
            }
        }

        var status = found.Count == 0 ? (openBound is null ? PlanStatus.Infeasible : PlanStatus.Feasible) : openBound is null ? PlanStatus.Optimal : PlanStatus.Feasible;
        return new PlanResult
        {
            Status = status,
            Best = found.FirstOrDefault(),
            Alternatives = [.. found.Skip(1)],
            Pareto = pareto ? ParetoFrontier(frontier) : [],
            PairBests = pareto ? [.. frontier] : [],
            Explanation = found.Count == 0 && openBound is null && explain ? Explain(catalog, req) : null,
            Bound = openBound,
            SolveMs = _clock.Elapsed.TotalMilliseconds,
            Checked = _checked,
            PairsExplored = explored,
            Pairs = pairs.Count,
            UnpricedParts = _space.UnpricedParts,
            Solver = "exact",
        };
    }

    /// <summary>A GPU option at a count, with the bound on what any plan built on it can score.</summary>
    public sealed record Pair(GpuOption Gpu, int Count, double GpuCost, double Bound);

    /// <summary>The (GPU option, count) pairs that meet the GPU-only parts of the requirement, each with its bound.</summary>
    public static IEnumerable<Pair> Pairs(PlanSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var req = space.Requirements;
        var hostFloor = HostFloor(space);
        if (hostFloor is null)
        {
            yield break;
        }

        foreach (var gpu in space.Gpus)
        {
            for (var n = Math.Max(1, req.MinGpus); n <= req.MaxGpus; n++)
            {
                var vram = gpu.Gpu.Vram.Value * n * req.Nodes;
                var tflops = gpu.Tflops * n * req.Nodes;
                if (vram < req.MinVramTotalGb || tflops < req.MinTflops || !space.Admits(gpu, n))
                {
                    continue;
                }

                // No host can draw less than the cards alone at the best 80 PLUS efficiency; past the site's limit the pair is out.
                var minimumWall = gpu.Power * n * req.Nodes / PsuRatings.BestEfficiency(req.Site.HighLine);
                if (minimumWall > req.Site.ContinuousLimit.Value * req.Site.Circuits)
                {
                    continue;
                }

                var gpuCost = gpu.Price * n;
                var floor = space.TotalCost(gpuCost + hostFloor.Value);
                if (req.Budget is { } budget && floor > budget)
                {
                    continue;
                }

                yield return new Pair(gpu, n, gpuCost, PlanScore.Of(req.Objective, floor, tflops, vram, space.DecodeTps(gpu, n)));
            }
        }
    }

    /// <summary>The cheapest conceivable host: the cheapest platform, memory, enclosure and PSU, each on its own.</summary>
    public static double? HostFloor(PlanSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.Platforms.IsEmpty || space.Psus.IsEmpty || space.Chassis.IsEmpty)
        {
            return null;
        }

        var memory = space.Platforms.Select(p => space.MemoryFor(p).FirstOrDefault()?.Price).Where(p => p is not null).DefaultIfEmpty(null).Min();
        return memory is null ? null : space.Platforms[0].Price + memory.Value + ChassisPrice(space, space.Chassis[0]) + space.Psus[0].Price;
    }

    private static double ChassisPrice(PlanSpace space, Chassis? chassis) => chassis is null ? 0 : space.PriceOf(chassis);

    private double Score(Plan plan) => PlanScore.Of(_space.Requirements.Objective, plan);

    private double MaxHostCost(Pair pair, double threshold)
    {
        var req = _space.Requirements;
        var limit = double.PositiveInfinity;
        if (req.Budget is { } budget)
        {
            limit = _space.NodeCostFor(budget) - pair.GpuCost + 1e-6;
        }

        if (double.IsNegativeInfinity(threshold))
        {
            return limit;
        }

        var tflops = pair.Gpu.Tflops * pair.Count * req.Nodes;
        var byScore = req.Objective switch
        {
            PlanObjective.TflopsPerDollar => threshold > 0 ? _space.NodeCostFor(tflops * 1000 / threshold) - pair.GpuCost : double.PositiveInfinity,
            PlanObjective.DecodeTpsPerDollar => threshold > 0 ? _space.NodeCostFor(_space.DecodeTps(pair.Gpu, pair.Count) * 1000 / threshold) - pair.GpuCost : double.PositiveInfinity,
            PlanObjective.MinCost => _space.NodeCostFor(-threshold) - pair.GpuCost,
            _ => double.PositiveInfinity,
        };
        return Math.Min(limit, byScore);
    }

    /// <summary>The cheapest acceptable host for a GPU choice costing less than <paramref name="maxHostCost"/>, as a plan.</summary>
    /// <remarks>
    /// Given the platform, the enclosure matters only to the slot and fit rules, and memory and PSU only to the power and
    /// memory rules, so each is chosen on its own: the cheapest enclosure the slot rules accept, and the cheapest
    /// memory-and-PSU pair the power rules accept. The assembled build still goes through the full checker; should it
    /// fail there, the next-cheapest combinations are tried in cost order, so the result stays the cheapest acceptable one.
    /// </remarks>
    private Plan? BestHost(GpuOption gpu, int count, double maxHostCost)
    {
        var space = _space;
        var req = space.Requirements;
        var needRam = gpu.Gpu.Vram.Value * count;
        var minChassis = ChassisPrice(space, space.Chassis[0]);
        var minPsu = space.Psus[0].Price;
        var bestCost = maxHostCost;
        Plan? best = null;
        foreach (var platform in space.Platforms)
        {
            if (platform.Price + minChassis + minPsu >= bestCost)
            {
                break;
            }

            var (needsNic, nic) = NicFor(space, platform);
            if (needsNic && nic is null)
            {
                continue;
            }

            var nicPrice = nic is null ? 0 : space.PriceOf(nic);
            if (!SlotsFit(platform, gpu, count, nic))
            {
                continue;
            }

            var memories = space.MemoryFor(platform).Where(m => m.Gb >= needRam).ToList();
            if (memories.Count == 0 || platform.Price + nicPrice + memories[0].Price + minChassis + minPsu >= bestCost)
            {
                continue;
            }

            // Enclosures the slot and fit rules accept with this platform, cheapest first.
            var enclosures = new List<(Chassis? Chassis, double Price)>();
            foreach (var chassis in space.Chassis)
            {
                var price = ChassisPrice(space, chassis);
                if (platform.Price + nicPrice + memories[0].Price + price + minPsu >= bestCost)
                {
                    break;
                }

                if ((chassis is null || ChassisFits(chassis, platform.Board, gpu)) && SlotRulesAccept(platform, gpu, count, chassis, nic, memories[0]))
                {
                    enclosures.Add((chassis, price));
                }
            }

            if (enclosures.Count == 0)
            {
                continue;
            }

            // Memory and PSU pairs the power rules accept (the enclosure matters to them only if it is a barebone).
            foreach (var (chassis, chassisPrice) in enclosures)
            {
                foreach (var memory in memories)
                {
                    var floor = platform.Price + nicPrice + chassisPrice + memory.Price;
                    if (floor + minPsu >= bestCost)
                    {
                        break;
                    }

                    var load = (gpu.Power * count) + (platform.Cpu.Tdp.Value * platform.CpuCount) + PowerAllowances.Motherboard.Value
                        + (PowerAllowances.Dimm(memory.Module.Generation).Value * memory.Count) + PowerAllowances.Drive.Value + PowerAllowances.Fans.Value
                        + (nic is null ? 0 : (nic.Power ?? PowerAllowances.UnknownNic).Value);
                    foreach (var psu in PsusFor(platform, gpu, count, chassis, nic, memory, load))
                    {
                        var total = floor + psu.Price;
                        if (total >= bestCost)
                        {
                            break;
                        }

                        _checked++;
                        var build = CandidateBuilder.Build(req, gpu, count, platform, memory, chassis, psu, nic, space.Network);
                        if (CandidateBuilder.Accept(build, space.Catalog) is { } report)
                        {
                            bestCost = total;
                            best = new Plan
                            {
                                Build = build,
                                CostUsd = space.TotalCost((gpu.Price * count) + total),
                                Tflops = gpu.Tflops * count * req.Nodes,
                                DecodeTps = space.DecodeTps(gpu, count),
                                VramGb = gpu.Gpu.Vram.Value * count * req.Nodes,
                                ObjectiveValue = 0,
                                Report = report,
                            };
                            break;
                        }
                    }
                }
            }
        }

        return best is null ? null : best with { ObjectiveValue = PlanScore.Reported(req.Objective, best) };
    }

    /// <summary>
    /// A necessary condition: the least any host for this pair can draw at the wall (the cards, the lowest-TDP CPU of a
    /// platform that takes them, the fixed allowances and one DIMM per channel, at the best 80 PLUS efficiency) fits the
    /// site's circuits.
    /// </summary>
    private bool CanPower(Pair pair)
    {
        var req = _space.Requirements;
        var platforms = _space.Platforms.Where(p => SlotsFit(p, pair.Gpu, pair.Count, null)).ToList();
        if (platforms.Count == 0)
        {
            return false;
        }

        var host = platforms.Min(p => (p.Cpu.Tdp.Value * p.CpuCount) + (p.Cpu.MemoryChannels * p.CpuCount * PowerAllowances.DimmDdr4.Value));
        var load = (pair.Gpu.Power * pair.Count) + host + PowerAllowances.Motherboard.Value + PowerAllowances.Drive.Value + PowerAllowances.Fans.Value;
        var bestEfficiency = PsuRatings.BestEfficiency(req.Site.HighLine);
        return load * req.Nodes / bestEfficiency <= req.Site.ContinuousLimit.Value * req.Site.Circuits;
    }

    /// <summary>The slot and fit rules on a platform, cards and enclosure, cached: they do not look at memory or PSUs.</summary>
    private bool SlotRulesAccept(PlatformOption platform, GpuOption gpu, int count, Chassis? chassis, Nic? nic, MemoryOption anyMemory)
    {
        var key = (platform.Board.Id, platform.Cpu.PcieLanes * platform.CpuCount, gpu.SlotKey, count, chassis?.Id, nic?.Id);
        if (!_slotRules.TryGetValue(key, out var ok))
        {
            ok = CandidateBuilder.SlotsAcceptable(CandidateBuilder.Build(_space.Requirements, gpu, count, platform, anyMemory, chassis, _space.Psus[0], nic), _space.Catalog);
            _slotRules[key] = ok;
        }

        return ok;
    }

    /// <summary>The PSU populations the power rules accept for this load and these cards, cheapest first (cached).</summary>
    private List<PsuOption> PsusFor(PlatformOption platform, GpuOption gpu, int count, Chassis? chassis, Nic? nic, MemoryOption memory, double load)
    {
        var key = (gpu.Key, count, Math.Round(load, 3), chassis?.ChassisKind == ChassisKind.Barebone);
        if (!_psusFor.TryGetValue(key, out var list))
        {
            list = [.. _space.Psus.Where(psu => psu.Capacity * PsuCapacityRule.Headroom >= load && PowerRulesAccept(platform, gpu, count, chassis, nic, memory, psu))];
            _psusFor[key] = list;
        }

        return list;
    }

    /// <summary>The power rules, cached by what they look at: the load (to the watt), the cards, the PSUs and whether the enclosure is a barebone.</summary>
    private bool PowerRulesAccept(PlatformOption platform, GpuOption gpu, int count, Chassis? chassis, Nic? nic, MemoryOption memory, PsuOption psu)
    {
        var build = CandidateBuilder.Build(_space.Requirements, gpu, count, platform, memory, chassis, psu, nic);
        var load = Math.Round(PowerBudget.For(build.Nodes[0]).DcLoad.Value, 3);
        var key = (psu.Psu.Id, psu.Count, gpu.Key, count, load, chassis?.ChassisKind == ChassisKind.Barebone);
        if (!_powerRules.TryGetValue(key, out var ok))
        {
            ok = CandidateBuilder.PowerAcceptable(build, _space.Catalog);
            _powerRules[key] = ok;
        }

        return ok;
    }

    /// <summary>The NIC a cluster node needs: none when the board's own ports reach 10 Gb/s, else the cheapest priced one that does.</summary>
    public static (bool Needed, Nic? Nic) NicFor(PlanSpace space, PlatformOption platform)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(platform);
        var probe = new NodeSpec { Name = "", Motherboard = platform.Board, Cpu = platform.Cpu, Location = default };
        var needed = (space.Requirements.Nodes > 1 || space.Requirements.InCluster) && NetworkRule.FastestPortGbps(probe) < NetworkRule.MinimumGbps;
        return (needed, needed ? CheapestNic(space) : null);
    }

    private static Nic? CheapestNic(PlanSpace space) =>
        space.Catalog.Nics.Where(n => n.PortSpeed.Value >= NetworkRule.MinimumGbps && Network.Fabric.Speaks(n.Protocol, "ethernet") && PlanSpace.Price(space.Catalog, n.Id, space.Requirements.Prices) is not null)
            .OrderBy(n => space.PriceOf(n)).FirstOrDefault();

    private static bool ChassisFits(Chassis chassis, Motherboard board, GpuOption gpu)
    {
        if (chassis.ChassisKind == ChassisKind.Barebone)
        {
            return chassis.IncludedMotherboard == board.Id;
        }

        // A card on a riser stands outside the case's card bay, so its length does not count; a partner board of unknown
        // length is not limited (as the checker reads it).
        var length = gpu.Riser is not null ? null : gpu.Board is not null ? gpu.Board.Length : gpu.Gpu.Length;
        return chassis.Takes(board.FormFactor)
            && (chassis.MaxGpuLength is null || length is null || length.Value <= chassis.MaxGpuLength.Value);
    }

    /// <summary>A necessary condition, cached: the board takes the cards with no enclosure limiting it.</summary>
    private bool SlotsFit(PlatformOption platform, GpuOption gpu, int count, Nic? nic)
    {
        var key = (platform.Board.Id, gpu.SlotKey, count, nic?.Id);
        if (!_slotFit.TryGetValue(key, out var fits))
        {
            var node = new NodeSpec
            {
                Name = "probe",
                Motherboard = platform.Board,
                Cpu = platform.Cpu,
                Gpus = [new GpuGroup { Gpu = gpu.Gpu, Board = gpu.Board, Riser = gpu.Riser, Count = count, Location = default }],
                Nics = nic is null ? [] : [new PartGroup<Nic> { Part = nic, Count = 1, Location = default }],
                Location = default,
            };
            fits = SlotPlanner.Place(node).Unplaced.IsEmpty;
            _slotFit[key] = fits;
        }

        return fits;
    }

    private void Insert(List<Plan> found, Plan plan, int k)
    {
        // Alternatives are distinct GPU models or counts: a second board of the same model at the same count is not news.
        var key = (plan.Build.Nodes[0].Gpus[0].Gpu.Id, plan.Build.Nodes[0].GpuCount);
        var existing = found.FindIndex(p => (p.Build.Nodes[0].Gpus[0].Gpu.Id, p.Build.Nodes[0].GpuCount) == key);
        if (existing >= 0)
        {
            if (Score(found[existing]) >= Score(plan))
            {
                return;
            }

            found.RemoveAt(existing);
        }

        found.Add(plan);
        found.Sort((a, b) => Score(b).CompareTo(Score(a)));
        if (found.Count > k)
        {
            found.RemoveRange(k, found.Count - k);
        }
    }

    /// <summary>Plans no other plan beats on both cost and TFLOPS, cheapest first.</summary>
    public static ImmutableArray<Plan> ParetoFrontier(IEnumerable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var result = new List<Plan>();
        foreach (var plan in plans.OrderBy(p => p.CostUsd).ThenByDescending(p => p.Tflops))
        {
            if (result.Count == 0 || plan.Tflops > result[^1].Tflops)
            {
                result.Add(plan);
            }
        }

        return [.. result];
    }

    /// <summary>Why no build meets a requirement: the binding constraint and the nearest relaxation that has a plan.</summary>
    public static string Explain(HardwareCatalog catalog, Requirements req)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        var space = new PlanSpace(catalog, req);
        if (space.Gpus.IsEmpty)
        {
            return $"no priced PCIe GPU in the catalog has {req.MinVramPerGpuGb:0.#} GB or more per card{(req.Exclude.IsEmpty ? "" : " among the parts not excluded")}";
        }

        if (req.Nodes >= 3 && space.Network is null)
        {
            return $"no switch in the catalog gives {req.Nodes} machines a 10 Gb/s Ethernet port each (even chained); plan fewer nodes, or add a switch to data/catalog/switches.csv";
        }

        if (HostFloor(space) is null)
        {
            return "no priced host can be assembled: the catalog lacks a priced CPU, board with a known slot layout, memory, PSU with known connectors, or enclosure for this requirement";
        }

        var relaxations = new List<(string What, Requirements Relaxed)>();
        if (req.Budget is not null)
        {
            relaxations.Add(("budget", req with { Budget = null, Objective = PlanObjective.MinCost }));
        }

        if (req.Form != FormFactorChoice.Any)
        {
            relaxations.Add(("enclosure", req with { Form = FormFactorChoice.Any }));
        }

        relaxations.Add(("site", req with { Site = new Site { Voltage = new Volts(240), CircuitAmps = new Amps(30), Circuits = Math.Max(2, req.Site.Circuits) } }));
        foreach (var (what, relaxed) in relaxations)
        {
            var result = new Planner().Solve(catalog, relaxed with { Budget = what == "budget" ? null : relaxed.Budget }, 1, false, null, explain: false);
            if (result.Best is { } plan)
            {
                var gpus = plan.Build.Nodes[0].Gpus[0];
                var summary = $"{gpus.Count}x {gpus.Board?.Name ?? gpus.Gpu.Name} on {plan.Build.Nodes[0].Cpu.Name} / {plan.Build.Nodes[0].Motherboard.Name}, ${plan.CostUsd:#,0}";
                return what switch
                {
                    "budget" => $"no build under ${req.Budget:#,0} meets the requirement; the cheapest that does costs ${plan.CostUsd:#,0}: {summary}",
                    "enclosure" => $"no {req.Form.ToString().ToLowerInvariant()} build meets the requirement; without that constraint: {summary}",
                    _ => $"the site ({req.Site.Voltage.Value:0} V, {req.Site.CircuitAmps.Value:0} A, {req.Site.Circuits} circuit(s)) cannot power any build that meets the requirement; on two 240 V / 30 A circuits: {summary}" + (req.PowerCaps is null ? "; or let the plan cap the GPUs' power (--power-caps)" : ""),
                };
            }
        }

        // The most cards any board takes: placement depends only on a card's width, lanes and riser, and on the board,
        // and more cards never place where fewer do not, so count up per distinct card shape and board until one fails.
        var probe = new Planner();
        var shapes = space.Gpus.DistinctBy(g => (g.Covers, g.Gpu.PcieLanes, g.Riser is null)).ToList();
        var boards = space.Platforms.DistinctBy(p => p.Board.Id).ToList();
        var most = shapes.Max(g => boards.Max(p =>
        {
            var n = 0;
            while (n < BuildLimits.MaxGpusPerNode && probe.SlotsFit(p, g, n + 1, null))
            {
                n++;
            }

            return n;
        }));
        return $"no build in the catalog meets the requirement (GPU count {req.MinGpus}-{req.MaxGpus}, {req.MinVramPerGpuGb:0.#} GB per GPU), and relaxing the budget, the enclosure or the site does not help: the most cards of a qualifying GPU a priced board with a known layout takes is {most}, and the power, connector, spacing and airflow rules rule out the rest; try fewer GPUs or less memory per GPU";
    }
}
