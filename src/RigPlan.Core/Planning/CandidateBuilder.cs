using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Units;

namespace RigPlan.Core.Planning;

/// <summary>
/// Turns a choice of parts into a build and asks the checker whether it is acceptable: no errors, and no warnings
/// but the ones a planned build cannot avoid (several ATX PSUs need a start-up relay). The checker is the same one
/// `rigplan check` runs, so every plan passes it by construction.
/// </summary>
public static class CandidateBuilder
{
    private static readonly SourceLocation Planned = new("plan", 0);
    private static readonly HashSet<string> TolerableWarnings = new(StringComparer.Ordinal) { "power.multi-psu" };
    private static readonly BuildChecker Checker = new();

    // The same rule types, split by what they depend on, so the search can reject a choice early:
    // slot and fit rules look only at board, CPU, cards and enclosure; power rules at the power budget and PSUs.
    private static readonly BuildChecker SlotChecker = new([new SlotsRule(), new SlotSpacingRule(), new LanesRule(), new LinkRule(), new GpuLengthRule(), new FormFactorRule(), new AirflowRule(), new RiserMountRule()]);
    private static readonly BuildChecker PowerChecker = new([new PsuCapacityRule(), new TransientRule(), new CircuitRule(), new ConnectorRule(), new MultiPsuRule()]);

    /// <summary>The build for a choice of parts.</summary>
    public static BuildSpec Build(Requirements req, GpuOption gpu, int count, PlatformOption platform, MemoryOption memory, Chassis? chassis, PsuOption psu, Nic? nic, NetworkSpec? network = null)
    {
        ArgumentNullException.ThrowIfNull(req);
        ArgumentNullException.ThrowIfNull(gpu);
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(psu);
        var node = new NodeSpec
        {
            Name = req.Nodes > 1 ? "gpu-node" : "node-1",
            Count = req.Nodes,
            Chassis = chassis,
            Motherboard = platform.Board,
            Cpu = platform.Cpu,
            CpuCount = platform.CpuCount,
            Memory = new PartGroup<MemoryModule> { Part = memory.Module, Count = memory.Count, Location = Planned },
            Gpus = [new GpuGroup { Gpu = gpu.Gpu, Board = gpu.Board, Riser = gpu.Riser, PowerLimit = gpu.PowerLimit is { } cap ? new Watts(cap) : null, Count = count, Location = Planned }],
            Psus = [new PartGroup<Psu> { Part = psu.Psu, Count = psu.Count, Location = Planned }],
            Nics = nic is null ? [] : [new PartGroup<Nic> { Part = nic, Count = 1, Location = Planned }],
            Location = Planned,
        };
        return new BuildSpec
        {
            Name = $"plan-{count}x-{gpu.Gpu.Id}",
            Site = req.Site,
            Nodes = [node],
            Network = network,
            PriceCondition = req.Prices switch { PriceMode.Used => PriceCondition.Used, PriceMode.New => PriceCondition.New, _ => null },
        };
    }

    /// <summary>Runs the checker; returns the report when the build is acceptable as a plan, else null.</summary>
    public static CheckReport? Accept(BuildSpec build, HardwareCatalog catalog)
    {
        var report = Checker.Check(build, catalog);
        return Acceptable(report) ? report : null;
    }

    /// <summary>True when the slot and fit rules accept the build (PSU and memory do not matter to them).</summary>
    public static bool SlotsAcceptable(BuildSpec build, HardwareCatalog catalog) => Acceptable(SlotChecker.Check(build, catalog));

    /// <summary>The slot and fit rules that reject the build (empty when they accept it).</summary>
    public static IReadOnlySet<string> SlotProblems(BuildSpec build, HardwareCatalog catalog) =>
        SlotChecker.Check(build, catalog).Findings.Where(f => !Tolerable(f)).Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the power rules accept the build.</summary>
    public static bool PowerAcceptable(BuildSpec build, HardwareCatalog catalog) => Acceptable(PowerChecker.Check(build, catalog));

    private static bool Acceptable(CheckReport report) => report.Findings.All(Tolerable);

    /// <summary>True when a report has no errors and no warnings but the tolerated ones.</summary>
    public static bool Tolerable(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Acceptable(report);
    }

    private static bool Tolerable(Finding f) => f.Severity == Severity.Info || (f.Severity == Severity.Warning && TolerableWarnings.Contains(f.Rule));
}
