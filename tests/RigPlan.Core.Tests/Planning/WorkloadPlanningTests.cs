using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Core.Workloads;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Planning;

public class WorkloadPlanningTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly ModelCatalog Models = ModelCatalog.LoadDirectory(Path.Combine(Repo.Root, "data", "models")).Catalog!;
    private static readonly SpeedModel Speed = SpeedModel.Fit(ModelCatalog.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Models, Catalog)!;
    private static readonly Site Home = new() { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };

    private static WorkloadTarget Target(string model, string quant, double? minDecode = null) =>
        new() { Model = Models.Model(model)!, Format = Models.Format(quant)!, MinDecodeTokensPerSecond = minDecode, Speed = Speed };

    [Fact]
    public void Plan_Llama70bAt15Tps_IsTheCheapestBuildThatServesIt()
    {
        var workload = Target("llama-3-70b", "q4_k_m", 15);
        var req = new Requirements { Objective = PlanObjective.MinCost, Workload = workload, Site = Home };
        var plan = new Planner().Plan(Catalog, req).Best!;
        var gpus = plan.Build.Nodes[0].Gpus[0];
        Assert.True(workload.Admits(gpus.Gpu, gpus.Count));
        Assert.True(plan.DecodeTps >= 15);
        Assert.True(new BuildChecker().Check(plan.Build, Catalog).Passes);

        // Without the workload the cheapest build is far cheaper: the workload is what costs.
        var bare = new Planner().Plan(Catalog, req with { Workload = null }).Best!;
        Assert.True(bare.CostUsd < plan.CostUsd);
    }

    [Fact]
    public void Plan_WorkloadTooFastForAnyGpu_IsInfeasible() =>
        Assert.Null(new Planner().Plan(Catalog, new Requirements { Objective = PlanObjective.MinCost, Workload = Target("llama-3-70b", "fp16", 10_000), Site = Home }).Best);

    [Theory]
    [InlineData(PlanObjective.MinCost)]
    [InlineData(PlanObjective.DecodeTpsPerDollar)]
    public void Plan_WithAWorkload_ExactEqualsExhaustiveSearch(PlanObjective objective)
    {
        // A small catalog keeps the exhaustive search quick: three GPU models and the founding platform.
        var keep = new HashSet<string>(["rtx-3090", "rtx-4090", "rtx-a6000"]);
        var small = new HardwareCatalog(
            Catalog.Gpus.Where(g => keep.Contains(g.Id)), Catalog.GpuBoards.Where(b => keep.Contains(b.GpuId)).Take(6),
            Catalog.Cpus.Where(c => c.Id is "epyc-7302" or "epyc-7502"), Catalog.Motherboards.Where(b => b.Id == "romed8-2t"), Catalog.Memory,
            Catalog.Psus, Catalog.Chassis.Take(4), Catalog.Risers, Catalog.Nics, Catalog.Switches, Catalog.Prices);
        var req = new Requirements { MinGpus = 1, MaxGpus = 4, Objective = objective, Workload = Target("llama-3-70b", "q4_k_m", 5), Site = Home with { Voltage = new Volts(240) } };
        var exact = new Planner().Plan(small, req).Best;
        var exhaustive = new ExhaustiveSolver().Plan(small, req).Best;
        Assert.NotNull(exact);
        Assert.NotNull(exhaustive);
        Assert.Equal(PlanScore.Of(objective, exhaustive), PlanScore.Of(objective, exact), 9);
    }

    [Fact]
    public void DecodeTpsPerDollar_RanksByTokensPerSecondPerDollar()
    {
        var req = new Requirements { Objective = PlanObjective.DecodeTpsPerDollar, Workload = Target("llama-3-8b", "q4_k_m"), Site = Home };
        var result = new Planner().Plan(Catalog, req, top: 3);
        var scores = new[] { result.Best! }.Concat(result.Alternatives).Select(p => p.DecodeTps / p.CostUsd).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
    }
}
