using System.Diagnostics;
using Google.OrTools.Sat;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Pcie;
using RigPlan.Core.Planning;
using RigPlan.Core.Power;

namespace RigPlan.Solvers.CpSat;

/// <summary>
/// The planning problem as a CP-SAT model (Google OR-Tools), solved independently of the branch-and-bound planner so
/// the two can be compared: same plan space, same checker, different search.
/// </summary>
/// <remarks>
/// <para>
/// Variables: one Boolean per (GPU option, count), per platform (CPU and board), per memory population of each
/// platform, per enclosure and per PSU population; exactly one of each kind is chosen. Linear constraints carry what is
/// linear in those choices: the GPU-count, memory and TFLOPS requirements, the budget, system memory at least the GPU
/// memory, the PSU capacity rule (load within 80 % of capacity), and a lower bound on wall power against the site's
/// circuits (the load at the best 80 PLUS efficiency there is).
/// </para>
/// <para>
/// The slot, fit, power-chain and connector rules are not linear; they are added lazily (logic-based Benders): each
/// solution the model returns is run through the checker's own rule types, and a rejected one adds a cut that forbids
/// it and what it implies. Cuts only forbid what the checker rejects: a board that cannot place N cards cannot place
/// more; a slot or fit failure holds for that platform, enclosure and GPU option at that count or more; a power failure
/// for that platform, memory, PSU population (and barebone) at that count or more; anything else forbids exactly the
/// rejected assignment. A solution the full checker accepts is optimal for the model with its cuts, and every cut only
/// removes rejected builds, so it is optimal for the real problem.
/// </para>
/// <para>
/// TFLOPS per dollar is a ratio; it is maximised with Dinkelbach's method: with the best ratio so far T/C, maximise
/// T'·C − T·C' over the model; while that is positive the new solution has a better ratio. All coefficients are integers
/// (cents, milli-TFLOPS), so the iteration ends and the optimum is exact, unless the coefficients had to be scaled down
/// to fit 64 bits (very large clusters), which the result then reports. Most TFLOPS or memory within the budget is
/// found lexicographically: the most, then the cheapest build with that much (a second solve under an assumption).
/// </para>
/// </remarks>
public sealed class CpSatSolver
{
    private const long Scale = 1000;

    /// <summary>CP-SAT search workers (1 keeps runs deterministic and fair to the single-threaded planner).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Plans for a requirement.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="req">The requirement.</param>
    /// <param name="top">How many distinct plans (GPU model and count) to return.</param>
    /// <param name="timeLimit">Stop after this long: for the ratio objectives the best plan accepted so far is returned as feasible; for the others, none.</param>
    /// <param name="explain">When no plan exists, say why (with the exact planner's relaxations).</param>
    public PlanResult Plan(HardwareCatalog catalog, Requirements req, int top = 1, TimeSpan? timeLimit = null, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        var clock = Stopwatch.StartNew();
        var space = new PlanSpace(catalog, req);
        var model = new Model(space, Workers, clock, timeLimit);
        var found = new List<Core.Planning.Plan>();
        var timedOut = false;
        while (found.Count < Math.Max(1, top))
        {
            var (plan, complete) = model.Optimise();
            timedOut |= !complete;
            if (plan is null)
            {
                break;
            }

            found.Add(plan);
            if (!complete)
            {
                break;
            }

            model.ForbidModelAndCount(plan);
        }

        var status = found.Count == 0 ? (timedOut ? PlanStatus.Feasible : PlanStatus.Infeasible) : timedOut ? PlanStatus.Feasible : PlanStatus.Optimal;
        var note = model.Invalid ? "CP-SAT rejected the model (its 64-bit bounds are too small for this catalog); use the exact solver"
            : model.Inexact ? "the ratio objective was scaled to fit CP-SAT's 64-bit coefficients, so the result is not proven optimal" : null;
        var result = new PlanResult
        {
            Status = status,
            Best = found.FirstOrDefault(),
            Alternatives = [.. found.Skip(1)],
            Explanation = note ?? (found.Count == 0 && !timedOut && explain ? Planner.Explain(catalog, req) : null),
            SolveMs = clock.Elapsed.TotalMilliseconds,
            Checked = model.Checked,
            PairsExplored = model.Solves,
            Pairs = model.PairCount,
            UnpricedParts = space.UnpricedParts,
            Solver = "cpsat",
        };
        LastCuts = model.Cuts;
        return result;
    }

    /// <summary>The lazy cuts the last <see cref="Plan"/> added, by the rule group that rejected a solution.</summary>
    public CutCounts LastCuts { get; private set; } = new();

    /// <summary>Lazy cuts by the rule group that rejected a solution.</summary>
    public sealed class CutCounts
    {
        /// <summary>The board cannot place the cards.</summary>
        public int Board { get; set; }

        /// <summary>The board or a card does not fit the enclosure.</summary>
        public int Enclosure { get; set; }

        /// <summary>Slot and fit rules.</summary>
        public int Slots { get; set; }

        /// <summary>Power rules.</summary>
        public int Power { get; set; }

        /// <summary>Any other rule of the full checker.</summary>
        public int Other { get; set; }

        /// <inheritdoc/>
        public override string ToString() => $"board {Board}, enclosure {Enclosure}, slots {Slots}, power {Power}, other {Other}";
    }

    /// <summary>The CP-SAT model of one plan space, with its lazily added cuts.</summary>
    private sealed class Model
    {
        private readonly PlanSpace _space;
        private readonly Requirements _req;
        private readonly CpModel _model = new();
        private readonly int _workers;
        private readonly Stopwatch _clock;
        private readonly TimeSpan? _limit;
        private readonly List<(GpuOption Gpu, int Count, BoolVar Var)> _pairs = [];
        private readonly List<(PlatformOption Platform, Nic? Nic, BoolVar Var)> _platforms = [];
        private readonly List<(int Platform, MemoryOption Memory, BoolVar Var)> _memory = [];
        private readonly List<(Chassis? Chassis, BoolVar Var)> _chassis = [];
        private readonly List<(PsuOption Psu, BoolVar Var)> _psus = [];
        private readonly LinearExpr _cost;
        private readonly LinearExpr _tflops;
        private readonly LinearExpr _vram;

        public Model(PlanSpace space, int workers, Stopwatch clock, TimeSpan? limit)
        {
            _space = space;
            _req = space.Requirements;
            _workers = workers;
            _clock = clock;
            _limit = limit;
            var req = _req;

            var costTerms = new List<(BoolVar, long)>();
            var tflopTerms = new List<(BoolVar, long)>();
            var minTflopTerms = new List<(BoolVar, long)>();
            var vramTerms = new List<(BoolVar, long)>();
            var loadTerms = new List<(BoolVar, long)>();
            var ramNeedTerms = new List<(BoolVar, long)>();

            // (GPU option, count): cost, TFLOPS, memory and power are all fixed by the pair.
            for (var i = 0; i < space.Gpus.Length; i++)
            {
                var gpu = space.Gpus[i];
                for (var n = Math.Max(1, req.MinGpus); n <= req.MaxGpus; n++)
                {
                    var v = _model.NewBoolVar($"gpu_{i}_{n}");
                    _pairs.Add((gpu, n, v));
                    if (!space.Admits(gpu, n))
                    {
                        // The workload does not fit, or runs too slowly, on this many of this GPU.
                        _model.Add(v == 0);
                    }

                    costTerms.Add((v, Cents(gpu.Price * n)));

                    // The ratio objective's numerator: TFLOPS, or the workload's tokens/s per node for decode-tps-per-dollar.
                    var value = req.Objective == PlanObjective.DecodeTpsPerDollar ? space.DecodeTps(gpu, n) / req.Nodes : gpu.Tflops * n;
                    tflopTerms.Add((v, (long)Math.Round(value * Scale)));
                    minTflopTerms.Add((v, (long)Math.Round(gpu.Tflops * n * Scale)));
                    vramTerms.Add((v, (long)Math.Round(gpu.Gpu.Vram.Value * n * Scale)));
                    loadTerms.Add((v, Deciwatts(gpu.Power * n)));
                    ramNeedTerms.Add((v, (long)Math.Round(gpu.Gpu.Vram.Value * n * Scale)));
                }
            }

            for (var p = 0; p < space.Platforms.Length; p++)
            {
                var platform = space.Platforms[p];
                var (needsNic, nic) = Planner.NicFor(space, platform);
                var v = _model.NewBoolVar($"platform_{p}");
                _platforms.Add((platform, nic, v));
                if (needsNic && nic is null)
                {
                    _model.Add(v == 0);
                }

                costTerms.Add((v, Cents(platform.Price + (nic is null ? 0 : space.PriceOf(nic)))));
                var cpuLoad = (platform.Cpu.Tdp.Value * platform.CpuCount) + (nic is null ? 0 : (nic.Power ?? PowerAllowances.UnknownNic).Value);
                loadTerms.Add((v, Deciwatts(cpuLoad)));

                var populations = new List<BoolVar>();
                foreach (var memory in space.MemoryFor(platform))
                {
                    var m = _model.NewBoolVar($"memory_{p}_{_memory.Count}");
                    _memory.Add((p, memory, m));
                    populations.Add(m);
                    costTerms.Add((m, Cents(memory.Price)));
                    loadTerms.Add((m, Deciwatts(PowerAllowances.Dimm(memory.Module.Generation).Value * memory.Count)));
                    ramNeedTerms.Add((m, -(long)Math.Round(memory.Gb * Scale)));
                }

                // A platform is chosen with exactly one of its memory populations.
                _model.Add(LinearExpr.Sum(populations) == v);
            }

            foreach (var chassis in space.Chassis)
            {
                var v = _model.NewBoolVar($"chassis_{_chassis.Count}");
                _chassis.Add((chassis, v));
                costTerms.Add((v, chassis is null ? 0 : Cents(space.PriceOf(chassis))));
            }

            var capacityTerms = new List<(BoolVar, long)>();
            foreach (var psu in space.Psus)
            {
                var v = _model.NewBoolVar($"psu_{_psus.Count}");
                _psus.Add((psu, v));
                costTerms.Add((v, Cents(psu.Price)));
                capacityTerms.Add((v, (long)Math.Ceiling(psu.Capacity * PsuCapacityRule.Headroom * 10)));
            }

            _model.AddExactlyOne(_pairs.Select(x => x.Var));
            _model.AddExactlyOne(_platforms.Select(x => x.Var));
            _model.AddExactlyOne(_chassis.Select(x => x.Var));
            _model.AddExactlyOne(_psus.Select(x => x.Var));

            _cost = Weighted(costTerms);
            _tflops = Weighted(tflopTerms);
            _vram = Weighted(vramTerms);
            SumTflops = tflopTerms.Aggregate(Int128.Zero, (sum, t) => sum + Math.Abs(t.Item2));
            SumCost = costTerms.Aggregate(Int128.Zero, (sum, t) => sum + Math.Abs(t.Item2));

            // Requirements per node (a cluster is identical nodes).
            _model.Add(_vram * req.Nodes >= (long)Math.Ceiling(req.MinVramTotalGb * Scale));
            _model.Add(Weighted(minTflopTerms) * req.Nodes >= (long)Math.Ceiling(req.MinTflops * Scale));
            if (req.Budget is { } budget)
            {
                _model.Add(_cost <= (long)Math.Floor((space.NodeCostFor(budget) * 100) + 1e-6));
            }

            // System memory at least the GPU memory (the planner's own sizing rule).
            _model.Add(Weighted(ramNeedTerms) <= 0);

            // Load within 80 % of PSU capacity, and no less than the cards and host draw at the best efficiency on the site's circuits.
            var fixedLoad = Deciwatts(PowerAllowances.Motherboard.Value + PowerAllowances.Drive.Value + PowerAllowances.Fans.Value);
            var load = Weighted(loadTerms) + fixedLoad;
            _model.Add(load <= Weighted(capacityTerms));
            var site = req.Site.ContinuousLimit.Value * req.Site.Circuits * PsuRatings.BestEfficiency(req.Site.HighLine) / req.Nodes;
            _model.Add(load <= (long)Math.Ceiling(site * 10));
        }

        public int Checked { get; private set; }

        /// <summary>Sum of the value coefficients: with the cost's, it bounds the Dinkelbach objective's magnitude.</summary>
        private Int128 SumTflops { get; }

        /// <summary>Sum of the cost coefficients.</summary>
        private Int128 SumCost { get; }

        /// <summary>True when a Dinkelbach objective had to be scaled down to fit 64 bits, so the optimum is not proven.</summary>
        public bool Inexact { get; private set; }

        /// <summary>True when CP-SAT rejected the model (a bug, or a catalog too large for its 64-bit bounds).</summary>
        public bool Invalid { get; private set; }

        public CutCounts Cuts { get; } = new();

        public int Solves { get; private set; }

        public int PairCount => _pairs.Count;

        /// <summary>Forbids every option of a plan's GPU model at its count, so the next optimum is a distinct alternative.</summary>
        public void ForbidModelAndCount(Core.Planning.Plan plan)
        {
            var group = plan.Build.Nodes[0].Gpus[0];
            foreach (var (gpu, count, v) in _pairs.Where(p => p.Gpu.Gpu.Id == group.Gpu.Id && p.Count == group.Count))
            {
                _model.Add(v == 0);
            }
        }

        /// <summary>The optimum under the objective, or null; and whether the search finished within the time limit.</summary>
        public (Core.Planning.Plan? Plan, bool Complete) Optimise()
        {
            switch (_req.Objective)
            {
                case PlanObjective.MinCost:
                    _model.Minimize(_cost);
                    break;
                case PlanObjective.MaxTflops:
                    return Lexicographic(_tflops, s => s.Tflops);
                case PlanObjective.MaxVram:
                    return Lexicographic(_vram, s => s.Vram);
                default:
                    // tflops-per-dollar and decode-tps-per-dollar: the ratio of the value expression to cost.
                    return Dinkelbach();
            }

            var (solution, complete) = Solve();
            return (solution?.Plan, complete);
        }

        /// <summary>Most of a value, then the cheapest among those with that much: two solves, the second under an assumption that holds the value.</summary>
        private (Core.Planning.Plan? Plan, bool Complete) Lexicographic(LinearExpr value, Func<Solution, long> of)
        {
            _model.Maximize(value);
            var (first, done) = Solve();
            if (first is null || !done)
            {
                return (first?.Plan, done);
            }

            var hold = _model.NewBoolVar("hold_value");
            _model.Add(value >= of(first)).OnlyEnforceIf(hold);
            _model.AddAssumption(hold);
            _model.Minimize(_cost);
            var (second, complete) = Solve();
            _model.ClearAssumptions();
            return ((second ?? first).Plan, complete);
        }

        private (Core.Planning.Plan? Plan, bool Complete) Dinkelbach()
        {
            // Any acceptable plan starts the iteration; the cheapest is a good one. Ratios are of whole-plan totals:
            // N x node TFLOPS over N x node cost + network cost, all in integers (milli-TFLOPS, cents).
            _model.Minimize(_cost);
            var (best, complete) = Solve();
            var nodes = (Int128)_req.Nodes;
            var network = (Int128)Cents(_space.NetworkCost);
            while (best is not null && complete)
            {
                var (t, c) = (nodes * best.Tflops, (nodes * best.Cost) + network);
                var (a, b) = Coefficients(c, t);
                _model.Maximize((_tflops * a) - (_cost * b));
                var (next, done) = Solve();
                complete = done;
                if (next is null || nodes * next.Tflops * c <= ((nodes * next.Cost) + network) * t)
                {
                    break;
                }

                best = next;
            }

            return (best?.Plan, complete && !Inexact);
        }

        /// <summary>
        /// The Dinkelbach objective T'·C − T·C' over per-node T' and C' (the same maximiser as over totals), reduced by
        /// their common divisor; scaled down (no longer exact) only if CP-SAT's 64-bit objective would overflow.
        /// </summary>
        private (long A, long B) Coefficients(Int128 c, Int128 t)
        {
            var g = Int128.Max(1, Gcd(c, t));
            var (a, b) = (c / g, t / g);
            var limit = (Int128)long.MaxValue / 4;
            var span = (a * SumTflops) + (b * SumCost);
            if (span > limit)
            {
                var f = (span / limit) + 1;
                (a, b) = (Int128.Max(1, a / f), Int128.Max(1, b / f));
                Inexact = true;
            }

            return ((long)a, (long)b);
        }

        private static Int128 Gcd(Int128 x, Int128 y)
        {
            while (y != 0)
            {
                (x, y) = (y, x % y);
            }

            return Int128.Abs(x);
        }

        /// <summary>An accepted plan with its per-node milli-TFLOPS and cost in cents, as the model counts them.</summary>
        private sealed record Solution(Core.Planning.Plan Plan, long Tflops, long Cost, long Vram);

        /// <summary>Solves the model, adding cuts until the checker accepts the solution.</summary>
        private (Solution? Solution, bool Complete) Solve()
        {
            while (true)
            {
                var solver = new CpSolver { StringParameters = $"num_workers:{_workers}" + TimeParameter() };
                var status = solver.Solve(_model);
                Solves++;
                if (status == CpSolverStatus.Infeasible)
                {
                    return (null, true);
                }

                if (status == CpSolverStatus.ModelInvalid)
                {
                    Invalid = true;
                    return (null, false);
                }

                if (status != CpSolverStatus.Optimal)
                {
                    return (null, false);
                }

                var pair = _pairs.First(p => solver.BooleanValue(p.Var));
                var platformIndex = _platforms.FindIndex(p => solver.BooleanValue(p.Var));
                var (platform, nic, platformVar) = _platforms[platformIndex];
                var memory = _memory.First(m => solver.BooleanValue(m.Var));
                var chassis = _chassis.First(c => solver.BooleanValue(c.Var));
                var psu = _psus.First(p => solver.BooleanValue(p.Var));
                var larger = Larger(pair.Gpu, pair.Count);

                // The board alone cannot place the cards: no CPU, enclosure, memory or PSU helps, nor do more cards.
                if (!BoardPlaces(platform, pair.Gpu, pair.Count, nic))
                {
                    // Placement looks only at each card's width and lanes: wider or wider-linked cards place no better.
                    var (width, lanes) = (Width(pair.Gpu), Lanes(pair.Gpu));
                    var bigger = _pairs.Where(p => p.Count >= pair.Count && (p.Gpu.Riser is null) == (pair.Gpu.Riser is null) && Width(p.Gpu) >= width && Lanes(p.Gpu) >= lanes).Select(p => p.Var);
                    var sameBoard = _platforms.Where(p => p.Platform.Board.Id == platform.Board.Id && p.Nic?.Id == nic?.Id).Select(p => p.Var);
                    _model.Add(LinearExpr.Sum(bigger) + LinearExpr.Sum(sameBoard) <= 1);
                    Cuts.Board++;
                    continue;
                }

                Checked++;
                var build = CandidateBuilder.Build(_req, pair.Gpu, pair.Count, platform, memory.Memory, chassis.Chassis, psu.Psu, nic, _space.Network);
                var problems = CandidateBuilder.SlotProblems(build, _space.Catalog);
                if (problems.Count > 0 && chassis.Chassis is { } box && problems.All(r => r is FormFactorRule.Id or GpuLengthRule.Id) && !(problems.Contains(GpuLengthRule.Id) && pair.Gpu.Riser is not null))
                {
                    // Board against enclosure, and card length against enclosure, do not depend on anything else.
                    if (problems.Contains(FormFactorRule.Id))
                    {
                        var sameBoard = _platforms.Where(p => p.Platform.Board.Id == platform.Board.Id).Select(p => p.Var);
                        _model.Add(LinearExpr.Sum(sameBoard) + chassis.Var <= 1);
                    }
                    else
                    {
                        var length = CardLength(pair.Gpu)!.Value;
                        var longer = _pairs.Where(p => CardLength(p.Gpu) is { } l && l >= length).Select(p => p.Var);
                        _model.Add(LinearExpr.Sum(longer) + chassis.Var <= 1);
                    }

                    Cuts.Enclosure++;
                    continue;
                }

                if (problems.Count > 0)
                {
                    // An enclosure only adds limits (openings, length, board size): if the cards fail with none, they fail in every one.
                    var bare = chassis.Chassis is not null
                        && !CandidateBuilder.SlotsAcceptable(CandidateBuilder.Build(_req, pair.Gpu, pair.Count, platform, memory.Memory, null, psu.Psu, nic), _space.Catalog);
                    // The slot and fit rules see a card's footprint only (width, lanes, generation, cooling, and length when the
                    // enclosure bounds it), so the cut covers every option with the same footprint.
                    var withLength = problems.Contains(GpuLengthRule.Id);
                    var footprint = Footprint(pair.Gpu, withLength);
                    var same = LinearExpr.Sum(_pairs.Where(p => p.Count >= pair.Count && Footprint(p.Gpu, withLength) == footprint).Select(p => p.Var));
                    if (bare || chassis.Chassis is null)
                    {
                        _model.Add(same + platformVar <= 1);
                    }
                    else
                    {
                        _model.Add(same + platformVar + chassis.Var <= 2);
                    }

                    Cuts.Slots++;
                    continue;
                }

                if (!CandidateBuilder.PowerAcceptable(build, _space.Catalog))
                {
                    var barebone = chassis.Chassis?.ChassisKind == ChassisKind.Barebone;
                    var literals = new List<BoolVar>(larger) { memory.Var, psu.Var };
                    if (barebone)
                    {
                        literals.Add(chassis.Var);
                    }

                    // The memory population implies its platform, so it stands for both.
                    _model.Add(LinearExpr.Sum(literals) <= literals.Count - larger.Count);
                    Cuts.Power++;
                    continue;
                }

                if (CandidateBuilder.Accept(build, _space.Catalog) is not { } report)
                {
                    _model.AddBoolOr([pair.Var.Not(), memory.Var.Not(), chassis.Var.Not(), psu.Var.Not()]);
                    Cuts.Other++;
                    continue;
                }

                var cost = (pair.Gpu.Price * pair.Count) + platform.Price + (nic is null ? 0 : _space.PriceOf(nic)) + memory.Memory.Price
                    + (chassis.Chassis is null ? 0 : _space.PriceOf(chassis.Chassis)) + psu.Psu.Price;
                var plan = new Core.Planning.Plan
                {
                    Build = build,
                    CostUsd = _space.TotalCost(cost),
                    Tflops = pair.Gpu.Tflops * pair.Count * _req.Nodes,
                    DecodeTps = _space.DecodeTps(pair.Gpu, pair.Count),
                    VramGb = pair.Gpu.Gpu.Vram.Value * pair.Count * _req.Nodes,
                    ObjectiveValue = 0,
                    Report = report,
                };
                plan = plan with { ObjectiveValue = PlanScore.Reported(_req.Objective, plan) };
                return (new Solution(plan, solver.Value(_tflops), solver.Value(_cost), solver.Value(_vram)), true);
            }
        }

        /// <summary>The pair variables of this GPU option at this count or more.</summary>
        private List<BoolVar> Larger(GpuOption gpu, int count) =>
            [.. _pairs.Where(p => ReferenceEquals(p.Gpu, gpu) && p.Count >= count).Select(p => p.Var)];

        // The card as the slot rules see it, read the way GpuGroup reads it (a partner board's figures, else the model's).
        private static double? SlotWidth(GpuOption gpu) => gpu.Board is not null ? gpu.Board.SlotWidth : gpu.Gpu.SlotWidth;

        private static int Width(GpuOption gpu) => gpu.Covers;

        private static double? CardLength(GpuOption gpu) => gpu.Riser is not null ? null : (gpu.Board is not null ? gpu.Board.Length : gpu.Gpu.Length)?.Value;

        private static int Lanes(GpuOption gpu) => gpu.Gpu.PcieLanes ?? 16;

        private static (int Width, int Lanes, int Gen, double? Length, Cooling? Cooling, bool WidthKnown, string? Riser) Footprint(GpuOption gpu, bool withLength) =>
            (Width(gpu), Lanes(gpu), gpu.Gpu.PcieGen ?? 4, withLength ? CardLength(gpu) : null, gpu.Board is not null ? gpu.Board.Cooling : gpu.Gpu.Cooling, SlotWidth(gpu) is not null, gpu.Riser?.Id);

        private static bool BoardPlaces(PlatformOption platform, GpuOption gpu, int count, Nic? nic)
        {
            var node = new Core.Builds.NodeSpec
            {
                Name = "probe",
                Motherboard = platform.Board,
                Cpu = platform.Cpu,
                Gpus = [new Core.Builds.GpuGroup { Gpu = gpu.Gpu, Board = gpu.Board, Riser = gpu.Riser, Count = count, Location = default }],
                Nics = nic is null ? [] : [new Core.Builds.PartGroup<Nic> { Part = nic, Count = 1, Location = default }],
                Location = default,
            };
            return SlotPlanner.Place(node).Unplaced.IsEmpty;
        }

        private string TimeParameter()
        {
            if (_limit is not { } limit)
            {
                return "";
            }

            var left = Math.Max(0.001, (limit - _clock.Elapsed).TotalSeconds);
            return FormattableString.Invariant($",max_time_in_seconds:{left:0.###}");
        }

        private static LinearExpr Weighted(List<(BoolVar Literal, long Coefficient)> terms) =>
            LinearExpr.WeightedSum(terms.Select(t => t.Literal), terms.Select(t => t.Coefficient));

        private static long Cents(double usd) => (long)Math.Round(usd * 100);

        private static long Milli(double tflops) => (long)Math.Round(tflops * Scale);

        private static long Deciwatts(double watts) => (long)Math.Round(watts * 10);
    }
}
