using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class CheckerPropertyTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly SourceLocation Here = new("random.yaml", 1);

    private static Gen<T> Pick<T>(IReadOnlyList<T> items) => Gen.Elements(items.ToArray());

    /// <summary>Random builds from the whole catalog: any board, CPU, memory, GPU boards, PSUs, chassis, NICs, sites.</summary>
    private static Gen<BuildSpec> RandomBuild() =>
        from board in Pick(Catalog.Motherboards)
        from cpu in Pick(Catalog.Cpus)
        from cpuCount in Gen.Choose(1, 2)
        from memory in Pick(Catalog.Memory)
        from memoryCount in Gen.Choose(0, 16)
        from gpu in Pick(Catalog.Gpus)
        from useBoard in Gen.Elements(true, false)
        from gpuBoardIndex in Gen.Choose(0, 1000)
        from gpuCount in Gen.Choose(0, 10)
        from limit in Gen.Elements<double?>(null, 150, 250, 300)
        from riser in Gen.Elements<Riser?>([null, .. Catalog.Risers])
        from psu in Pick(Catalog.Psus)
        from psuCount in Gen.Choose(0, 4)
        from chassis in Gen.Elements<Chassis?>([null, .. Catalog.Chassis])
        from nicCount in Gen.Choose(0, 2)
        from nic in Pick(Catalog.Nics)
        from machines in Gen.Choose(1, 8)
        from volts in Gen.Elements(100.0, 120.0, 208.0, 230.0, 240.0)
        from amps in Gen.Elements(10.0, 15.0, 20.0, 30.0)
        from circuits in Gen.Choose(1, 4)
        let boards = Catalog.BoardsFor(gpu.Id).ToList()
        select new BuildSpec
        {
            Name = "random",
            Site = new Site { Voltage = new Volts(volts), CircuitAmps = new Amps(amps), Circuits = circuits },
            Nodes =
            [
                new NodeSpec
                {
                    Name = "n",
                    Count = machines,
                    Chassis = chassis,
                    Motherboard = board,
                    Cpu = cpu,
                    CpuCount = cpuCount,
                    Memory = memoryCount == 0 ? null : new PartGroup<MemoryModule> { Part = memory, Count = memoryCount, Location = Here },
                    Gpus = gpuCount == 0 ? [] : [new GpuGroup { Gpu = gpu, Board = useBoard && boards.Count > 0 ? boards[gpuBoardIndex % boards.Count] : null, Count = gpuCount, PowerLimit = limit is { } l ? new Watts(l) : null, Riser = riser, Location = Here }],
                    Psus = psuCount == 0 ? [] : [new PartGroup<Psu> { Part = psu, Count = psuCount, Location = Here }],
                    Nics = nicCount == 0 ? [] : [new PartGroup<Nic> { Part = nic, Count = nicCount, Location = Here }],
                    Location = Here,
                },
            ],
        };

    [Property(MaxTest = 300)]
    public Property Check_RandomCatalogBuild_NeverThrowsAndEveryFindingIsComplete() =>
        Prop.ForAll(RandomBuild().ToArbitrary(), build =>
        {
            var report = new BuildChecker().Check(build, Catalog);
            return report.Findings.All(f => f.Rule.Contains('.', StringComparison.Ordinal) && f.Message.Length > 0 && (f.Severity != Severity.Error || f.Fix is not null))
                && double.IsFinite(report.Summary.WallW) && report.Summary.DcLoadW >= 0
                && report.Passes == report.Findings.All(f => f.Severity != Severity.Error);
        });

    [Property(MaxTest = 100)]
    public Property Check_LoweringPowerLimits_NeverAddsPowerErrors() =>
        Prop.ForAll(RandomBuild().ToArbitrary(), build =>
        {
            var capped = build with { Nodes = [.. build.Nodes.Select(n => n with { Gpus = [.. n.Gpus.Select(g => g with { PowerLimit = new Watts(Math.Min(g.Power.Value, 100)) })] })] };
            int PowerErrors(BuildSpec b) => new BuildChecker().Check(b, Catalog).Findings.Count(f => f.Severity == Severity.Error && f.Rule.StartsWith("power.", StringComparison.Ordinal));
            return PowerErrors(capped) <= PowerErrors(build);
        });
}
