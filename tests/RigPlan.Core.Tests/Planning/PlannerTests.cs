using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Planning;

public class PlannerTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly Site Home = new() { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };

    private static Requirements Founding(PlanObjective objective = PlanObjective.TflopsPerDollar, double? budget = null) => new()
    {
        MinGpus = 4,
        MaxGpus = 4,
        MinVramPerGpuGb = 24,
        Site = Home,
        Objective = objective,
        Budget = budget,
    };

    [Fact]
    public void Plan_FoundingRequirement_IsOptimalAndPassesTheChecker()
    {
        var result = new Planner().Plan(Catalog, Founding());
        Assert.Equal(PlanStatus.Optimal, result.Status);
        var plan = Assert.IsType<Plan>(result.Best);
        Assert.Equal(4, plan.Build.Nodes[0].GpuCount);
        Assert.True(plan.Build.Nodes[0].Gpus[0].Gpu.Vram.Value >= 24);
        var report = new BuildChecker().Check(plan.Build, Catalog);
        Assert.True(report.Passes, string.Join("\n", report.Findings));
        Assert.Equal(plan.CostUsd, report.Bom.Total, 2);
    }

    [Fact]
    public void Plan_WrittenBuildFile_ReadsBackAsTheSameBuild()
    {
        var plan = new Planner().Plan(Catalog, Founding()).Best!;
        var yaml = BuildFileWriter.Write(plan.Build);
        Assert.Contains("romed8-2t", yaml, StringComparison.Ordinal);
        Assert.Contains($"part: {plan.Build.Nodes[0].Gpus[0].Gpu.Id}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Top3_ReturnsDistinctPlansInOrder()
    {
        var result = new Planner().Plan(Catalog, Founding(), top: 3);
        var all = new[] { result.Best! }.Concat(result.Alternatives).ToList();
        Assert.Equal(3, all.Count);
        Assert.Equal(all.Count, all.Select(p => p.Build.Nodes[0].Gpus[0].Gpu.Id).Distinct().Count());
        Assert.True(all.Zip(all.Skip(1)).All(x => x.First.ObjectiveValue >= x.Second.ObjectiveValue));
    }

    [Fact]
    public void Plan_Pareto_IsAFrontier()
    {
        var result = new Planner().Plan(Catalog, Founding() with { MinGpus = 1, MaxGpus = 4 }, pareto: true);
        Assert.True(result.Pareto.Length >= 2);
        Assert.True(result.Pareto.Zip(result.Pareto.Skip(1)).All(x => x.First.CostUsd <= x.Second.CostUsd && x.First.Tflops < x.Second.Tflops));
    }

    [Fact]
    public void Plan_TinyBudget_IsInfeasibleAndNamesTheCheapestThatWorks()
    {
        var result = new Planner().Plan(Catalog, Founding(budget: 1000));
        Assert.Equal(PlanStatus.Infeasible, result.Status);
        Assert.Null(result.Best);
        Assert.Contains("no build under $1,000", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("the cheapest that does costs", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ImpossibleMemory_SaysNoGpuHasIt()
    {
        var result = new Planner().Plan(Catalog, Founding() with { MinVramPerGpuGb = 10_000 });
        Assert.Contains("no priced PCIe GPU", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MinCost_IsNoDearerThanTheTflopsPerDollarPlan()
    {
        var cheapest = new Planner().Plan(Catalog, Founding(PlanObjective.MinCost)).Best!;
        var value = new Planner().Plan(Catalog, Founding()).Best!;
        Assert.True(cheapest.CostUsd <= value.CostUsd);
    }

    [Fact]
    public void Plan_TimeLimitZero_ReportsTheGap()
    {
        var result = new Planner().Plan(Catalog, Founding(), timeLimit: TimeSpan.Zero);
        Assert.NotEqual(PlanStatus.Optimal, result.Status);
        Assert.NotNull(result.Bound);
    }

    [Fact]
    public void Plan_TwoNodes_RespectTheCircuitsAndNetwork()
    {
        var req = Founding() with { MinGpus = 2, MaxGpus = 4, Nodes = 2, Site = new Site { Voltage = new Volts(240), CircuitAmps = new Amps(30), Circuits = 2 } };
        var plan = new Planner().Plan(Catalog, req).Best!;
        Assert.Equal(2, plan.Build.Nodes[0].Count);
        var report = new BuildChecker().Check(plan.Build, Catalog);
        Assert.DoesNotContain(report.Findings, f => f.Rule is "power.circuit" or "advice.network" && f.Severity != Severity.Info);
    }

    private static Gen<Requirements> RandomRequirements(double? maxBudget = 60_000) =>
        from min in Gen.Choose(1, 4)
        from span in Gen.Choose(0, 4)
        from vram in Gen.Elements(0.0, 12, 16, 24, 32, 48)
        from objective in Gen.Elements(PlanObjective.TflopsPerDollar, PlanObjective.MinCost, PlanObjective.MaxTflops, PlanObjective.MaxVram)
        from budget in Gen.Choose(3, 60)
        from volts in Gen.Elements(120.0, 240.0)
        from circuits in Gen.Choose(1, 2)
        from prices in Gen.Elements(PriceMode.Any, PriceMode.New, PriceMode.Used)
        select new Requirements
        {
            MinGpus = min,
            MaxGpus = min + span,
            MinVramPerGpuGb = vram,
            Objective = objective,
            Budget = objective is PlanObjective.MaxTflops or PlanObjective.MaxVram || budget % 2 == 0 ? budget * 1000.0 : null,
            Prices = prices,
            Site = new Site { Voltage = new Volts(volts), CircuitAmps = new Amps(15), Circuits = circuits },
        };

    [Property(MaxTest = 15)]
    public Property Plan_EveryPlan_PassesTheChecker() =>
        Prop.ForAll(RandomRequirements().ToArbitrary(), req =>
        {
            var result = new Planner().Plan(Catalog, req, top: 2);
            return new[] { result.Best }.Concat(result.Alternatives).Where(p => p is not null)
                .All(p => new BuildChecker().Check(p!.Build, Catalog).Passes && (req.Budget is null || p!.CostUsd <= req.Budget + 0.01));
        });

    [Property(MaxTest = 12)]
    public Property Plan_RaisingTheBudget_NeverLowersTheBest() =>
        Prop.ForAll(RandomRequirements().Where(r => r.Budget is not null).ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (req, extra) =>
        {
            var low = new Planner().Plan(Catalog, req).Best;
            var high = new Planner().Plan(Catalog, req with { Budget = req.Budget + (extra * 1000) }).Best;
            double Score(Plan p) => PlanScore.Of(req.Objective, p.CostUsd, p.Tflops, p.VramGb);
            return low is null || (high is not null && Score(high) >= Score(low) - 1e-9);
        });

    private static Gen<List<T>> Pick<T>(T[] items, int min, int max) =>
        from n in Gen.Choose(min, Math.Min(max, items.Length))
        from shuffled in Gen.Shuffle(items)
        select shuffled.Take(n).ToList();

    /// <summary>A small catalog: a few GPU models (with their boards), platforms, modules, PSUs and cases from the real one.</summary>
    private static Gen<HardwareCatalog> SmallCatalog() =>
        from gpus in Pick(Catalog.Gpus.Where(g => g.FormFactor == GpuFormFactor.Pcie).ToArray(), 2, 5)
        from boards in Pick(Catalog.Motherboards.Where(b => !b.Slots.IsEmpty).ToArray(), 1, 3)
        from psus in Pick(Catalog.Psus.ToArray(), 2, 4)
        from chassis in Pick(Catalog.Chassis.ToArray(), 1, 3)
        from boardSeed in Gen.Choose(0, 1000)
        let gpuIds = gpus.Select(g => g.Id).ToHashSet()
        let boardList = Catalog.GpuBoards.Where(b => gpuIds.Contains(b.GpuId)).Where((b, i) => (i + boardSeed) % 7 == 0).Take(12).ToList()
        let sockets = boards.Select(b => NameMatching.Key(b.Socket)).ToHashSet()
        let cpus = Catalog.Cpus.Where(c => sockets.Contains(NameMatching.Key(c.Socket))).Take(6).ToList()
        // Anchor parts that are priced and fit together, so most small catalogs hold some plan.
        let anchoredBoards = boards.Append((Motherboard)Catalog.Find("romed8-2t")!).DistinctBy(b => b.Id).ToList()
        let anchoredCpus = cpus.Append((Cpu)Catalog.Find("epyc-7302")!).DistinctBy(c => c.Id).ToList()
        let anchoredPsus = psus.Append((Psu)Catalog.Find("msi-meg-ai1600t-pcie5")!).DistinctBy(p => p.Id).ToList()
        let anchoredChassis = chassis.Append((Chassis)Catalog.Find("fractal-define-7-xl")!).DistinctBy(c => c.Id).ToList()
        select new HardwareCatalog(gpus, boardList, anchoredCpus, anchoredBoards, Catalog.Memory, anchoredPsus, anchoredChassis, Catalog.Risers, Catalog.Nics, Catalog.Switches, Catalog.Prices);

    [Property(MaxTest = 30)]
    public Property Plan_ExactSolver_EqualsExhaustiveSearch() =>
        Prop.ForAll(SmallCatalog().ToArbitrary(), RandomRequirements().ToArbitrary(), (catalog, req) =>
        {
            var small = req with { MaxGpus = Math.Min(req.MaxGpus, req.MinGpus + 1) };
            var exact = new Planner().Plan(catalog, small).Best;
            var exhaustive = new ExhaustiveSolver().Plan(catalog, small).Best;
            double Score(Plan p) => PlanScore.Of(small.Objective, p.CostUsd, p.Tflops, p.VramGb);
            var agree = (exact is null && exhaustive is null) || (exact is not null && exhaustive is not null && Math.Abs(Score(exact) - Score(exhaustive)) < 1e-6);
            return agree.Classify(exact is not null, "a plan exists").Classify(exact is null, "infeasible");
        });
}

public class ClusterPlanningTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly Site FourCircuits = new() { Voltage = new Volts(240), CircuitAmps = new Amps(30), Circuits = 4 };

    [Fact]
    public void Plan_ThreeNodes_IncludeASwitch_AndCostNodesPlusSwitch()
    {
        var req = new Requirements { MinGpus = 2, MaxGpus = 2, MinVramPerGpuGb = 24, Nodes = 3, Site = FourCircuits };
        var plan = new Planner().Plan(Catalog, req).Best!;
        var network = plan.Build.Network!;
        Assert.NotNull(network.Switch);
        Assert.True(network.MachinePorts >= 3);
        var report = new BuildChecker().Check(plan.Build, Catalog);
        Assert.True(report.Passes);
        Assert.Equal(report.Bom.Total, plan.CostUsd, 6);
        Assert.Contains(report.Bom.Lines, l => l.Part.Id == network.Switch!.Id && l.Quantity == network.SwitchCount);
    }

    [Fact]
    public void Plan_TwoNodes_NeedNoSwitch() =>
        Assert.Null(new Planner().Plan(Catalog, new Requirements { MinGpus = 2, MaxGpus = 2, MinVramPerGpuGb = 24, Nodes = 2, Site = FourCircuits }).Best!.Build.Network);

    [Fact]
    public void NodeChoice_Splits_CoverEveryNodeCountThatHoldsTheTotal()
    {
        var req = new Requirements { MinGpus = 16, MaxGpus = 16, Nodes = 0, Site = FourCircuits };
        var splits = NodeChoice.Splits(req).Select(r => (r.Nodes, r.MinGpus, r.MaxGpus)).ToList();
        Assert.Equal([(2, 8, 8), (4, 4, 4), (8, 2, 2), (16, 1, 1)], splits);
    }

    [Fact]
    public void NodeChoice_Plan_IsTheBestSplit()
    {
        var req = new Requirements { MinGpus = 8, MaxGpus = 8, MinVramPerGpuGb = 24, Nodes = 0, Site = FourCircuits };
        var chosen = NodeChoice.Plan(req, r => new Planner().Plan(Catalog, r, explain: false), r => Planner.Explain(Catalog, r));
        Assert.Equal([1, 2, 4, 8], chosen.NodeCountsTried.ToArray());
        var best = chosen.Best!;
        Assert.Equal(8, best.Build.Nodes[0].Count * best.Build.Nodes[0].GpuCount);
        foreach (var split in NodeChoice.Splits(req))
        {
            if (new Planner().Plan(Catalog, split).Best is { } other)
            {
                Assert.True(PlanScore.Of(req.Objective, best.CostUsd, best.Tflops, best.VramGb) >= PlanScore.Of(req.Objective, other.CostUsd, other.Tflops, other.VramGb) - 1e-9);
            }
        }
    }

    [Property(MaxTest = 10)]
    public Property Plan_Clusters_RespectEveryCircuit() =>
        Prop.ForAll(Gen.Choose(2, 6).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), Gen.Elements(120.0, 240.0).ToArbitrary(), (nodes, gpus, volts) =>
        {
            var req = new Requirements { MinGpus = gpus, MaxGpus = gpus, Nodes = nodes, Site = new Site { Voltage = new Volts(volts), CircuitAmps = new Amps(20), Circuits = nodes } };
            if (new Planner().Plan(Catalog, req).Best is not { } plan)
            {
                return true;
            }

            var report = new BuildChecker().Check(plan.Build, Catalog);
            return report.Passes && report.Context.Circuits.Circuits.All(c => c.Wall.Value <= req.Site.ContinuousLimit.Value + 1e-6);
        });
}

public class MixedNodeTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly Site FourCircuits = new() { Voltage = new Volts(240), CircuitAmps = new Amps(30), Circuits = 4 };

    [Fact]
    public void Splits_CoverTwoKindsThatAddUpToTheTotal()
    {
        var splits = MixedNodes.Splits(10, 10, 8, 16).ToList();
        Assert.All(splits, s => Assert.Equal(10, (s.N1 * s.K1) + (s.N2 * s.K2)));
        Assert.Contains((1, 8, 1, 2), splits);
        Assert.Contains((3, 3, 1, 1), splits);
        Assert.DoesNotContain(splits, s => s.K1 <= s.K2);
    }

    [Fact]
    public void Best_WithARequiredSwitch_UsesIt()
    {
        // 20 GPUs need at least three machines, so the cluster needs a switch; the cheapest would be the CRS309.
        var req = new Requirements { MinGpus = 20, MaxGpus = 20, MinVramPerGpuGb = 24, Nodes = 0, Site = FourCircuits, Require = ["mikrotik-crs504-4xq-in"] };
        var (plan, _) = MixedNodes.Best(Catalog, req);
        Assert.NotNull(plan);
        Assert.Equal("mikrotik-crs504-4xq-in", plan!.Build.Network?.Switch?.Id);
    }

    [Fact]
    public void NodeChoice_TenGpus_ScoresAtLeastAsWellAsEveryIdenticalSplit_AndPassesTheChecker()
    {
        var req = new Requirements { MinGpus = 10, MaxGpus = 10, MinVramPerGpuGb = 24, Nodes = 0, Site = FourCircuits };
        var chosen = NodeChoice.Plan(req, r => new Planner().Plan(Catalog, r, explain: false), r => Planner.Explain(Catalog, r), Catalog);
        var best = chosen.Best!;
        Assert.Equal(10, best.Build.Nodes.Sum(n => n.Count * n.GpuCount));
        Assert.True(new BuildChecker().Check(best.Build, Catalog).Passes);
        Assert.Single(best.Build.Nodes.Select(n => n.Gpus[0].Gpu.Id).Distinct());
        Assert.Equal(new BuildChecker().Check(best.Build, Catalog).Bom.Total, best.CostUsd, 6);
        foreach (var split in NodeChoice.Splits(req))
        {
            if (new Planner().Plan(Catalog, split).Best is { } identical)
            {
                Assert.True(PlanScore.Of(req.Objective, best) >= PlanScore.Of(req.Objective, identical) - 1e-9);
            }
        }
    }
}
