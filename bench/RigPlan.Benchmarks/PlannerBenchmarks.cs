using BenchmarkDotNet.Attributes;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Benchmarks;

/// <summary>Time inside the process for the planner and checker on the shipped catalog (every board variant loaded).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class PlannerBenchmarks
{
    private static readonly Site Home = new() { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };
    private HardwareCatalog _catalog = null!;
    private BuildSpec _seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = Repo.Catalog;
        _seed = new NodeBuilder(_catalog).Gpu("rtx-3090", 4).Memory("samsung-m393a4k40db3-cwe", 4).Psu("corsair-ax1600i").Chassis(null).InBuild();
    }

    /// <summary>The founding requirement: 4 GPUs with at least 24 GB each, best TFLOPS per dollar.</summary>
    [Benchmark]
    public PlanResult SingleNodeFounding() => new Planner().Plan(_catalog, new Requirements { MinGpus = 4, MaxGpus = 4, MinVramPerGpuGb = 24, Site = Home });

    /// <summary>A wide single-node search: 1 to 8 GPUs of 16 GB or more.</summary>
    [Benchmark]
    public PlanResult SingleNodeWide() => new Planner().Plan(_catalog, new Requirements { MinGpus = 1, MaxGpus = 8, MinVramPerGpuGb = 16, Site = Home });

    /// <summary>Four identical nodes of 4 GPUs on two 240 V / 30 A circuits.</summary>
    [Benchmark]
    public PlanResult FourNodeCluster() => new Planner().Plan(_catalog, new Requirements
    {
        MinGpus = 4,
        MaxGpus = 4,
        MinVramPerGpuGb = 24,
        Nodes = 4,
        Site = new Site { Voltage = new Volts(240), CircuitAmps = new Amps(30), Circuits = 4 },
    });

    /// <summary>The checker on the founding build.</summary>
    [Benchmark]
    public CheckReport CheckFoundingBuild() => new BuildChecker().Check(_seed, _catalog);

    /// <summary>Loading and validating the whole catalog from disk.</summary>
    [Benchmark]
    public CatalogLoadResult LoadCatalog() => CatalogLoader.LoadDirectory(Repo.CatalogDirectory);
}
