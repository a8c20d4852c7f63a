using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Core.Workloads.Training;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Planning;

public class PowerCapPlanningTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;
    private static readonly PowerLimitModel Power = PowerLimitModel.Fit(TrainingTables.LoadMeasurements(Path.Combine(Repo.Root, "data", "models")).Measurements, Catalog)!;
    private static readonly Site Home = new() { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };

    // The founding build's GPUs: four RTX 3090s at 350 W cannot share one 120 V / 15 A circuit.
    private static Requirements FourRtx3090 => new() { MinGpus = 4, MaxGpus = 4, Require = ["rtx-3090"], Site = Home };

    [Fact]
    public void Plan_FourRtx3090OnAHouseholdCircuit_NeedsCaps_AndTheCappedPlanPassesTheChecker()
    {
        var none = new Planner().Plan(Catalog, FourRtx3090);
        Assert.Null(none.Best);
        Assert.Contains("--power-caps", none.Explanation, StringComparison.Ordinal);

        var plan = new Planner().Plan(Catalog, FourRtx3090 with { PowerCaps = Power }).Best!;
        var gpus = plan.Build.Nodes[0].Gpus[0];
        Assert.NotNull(gpus.PowerLimit);
        Assert.True(gpus.PowerLimit!.Value.Value < gpus.BoardPower.Value);
        Assert.True(new BuildChecker().Check(plan.Build, Catalog).Passes);

        // TFLOPS are counted at the cap, by the power model.
        var kept = Power.ComputeFraction(gpus.PowerLimit.Value.Value, gpus.BoardPower.Value);
        Assert.Equal(gpus.Gpu.MixedPrecision!.Value.Value * 4 * kept, plan.Tflops, 6);
    }

    [Theory]
    [InlineData(120, 2, 4)]
    [InlineData(240, 1, 8)]
    [InlineData(120, 1, 2)]
    public void Plan_AllowingCaps_NeverLowersTheBest(double volts, int circuits, int gpus)
    {
        var req = new Requirements { MinGpus = 1, MaxGpus = gpus, MinVramPerGpuGb = 24, Site = new Site { Voltage = new Volts(volts), CircuitAmps = new Amps(15), Circuits = circuits } };
        var stock = new Planner().Plan(Catalog, req).Best;
        var capped = new Planner().Plan(Catalog, req with { PowerCaps = Power }).Best;
        Assert.True(stock is null || (capped is not null && PlanScore.Of(req.Objective, capped) >= PlanScore.Of(req.Objective, stock) - 1e-9));
    }
}
