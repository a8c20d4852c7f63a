using BenchmarkDotNet.Attributes;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Benchmarks;

/// <summary>Planner time against catalog size: every part kind repeated 1, 2, 4 and 8 times as synthetic variants with perturbed prices.</summary>
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ScalingBenchmarks
{
    private static readonly Site Home = new() { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };
    private HardwareCatalog _catalog = null!;

    [Params(1, 2, 4, 8)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = Synthetic.Scaled(Repo.Catalog, Scale);

    [Benchmark]
    public PlanResult SingleNodeFounding() => new Planner().Plan(_catalog, new Requirements { MinGpus = 4, MaxGpus = 4, MinVramPerGpuGb = 24, Site = Home });
}

/// <summary>Synthetic catalogs: copies of every part with a suffixed id and its prices scaled by a small factor.</summary>
public static class Synthetic
{
    public static HardwareCatalog Scaled(HardwareCatalog c, int scale)
    {
        T Copy<T>(T part, int k)
            where T : Part => k == 0 ? part : part with { Id = $"{part.Id}-syn{k}", Name = $"{part.Name} v{k}", Aliases = [] };
        IEnumerable<T> All<T>(IEnumerable<T> parts)
            where T : Part => Enumerable.Range(0, scale).SelectMany(k => parts.Select(p => Copy(p, k)));
        var prices = Enumerable.Range(0, scale).SelectMany(k => c.Prices.Select(p => k == 0 ? p : p with { PartId = $"{p.PartId}-syn{k}", Price = new Usd(p.Price.Value * (1 + (0.013 * k))) }));
        var boards = Enumerable.Range(0, scale).SelectMany(k => c.GpuBoards.Select(b => k == 0 ? b : b with { Id = $"{b.Id}-syn{k}", GpuId = $"{b.GpuId}-syn{k}", Aliases = [] }));
        var chassis = Enumerable.Range(0, scale).SelectMany(k => c.Chassis.Select(x => k == 0 ? x : x with { Id = $"{x.Id}-syn{k}", Name = $"{x.Name} v{k}", Aliases = [], IncludedMotherboard = x.IncludedMotherboard is null ? null : $"{x.IncludedMotherboard}-syn{k}", IncludedPsu = null }));
        return new HardwareCatalog(All(c.Gpus), boards, All(c.Cpus), All(c.Motherboards), All(c.Memory), All(c.Psus), chassis, All(c.Risers), All(c.Nics), All(c.Switches), prices);
    }
}
