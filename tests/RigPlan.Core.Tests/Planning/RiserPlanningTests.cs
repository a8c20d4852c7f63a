using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Planning;

public class RiserPlanningTests
{
    private const string FoundersEdition = "rtx-3090-nvidia-founders-edition-geforce-rtx-3090-24gb-gddr6x";
    private static readonly Site Circuit = new() { Voltage = new Volts(240), CircuitAmps = new Amps(20), Circuits = 1 };

    // Four 3-slot Founders Editions: the founding note's problem. Only three fit the ROMED8-2T's slots.
    private static Requirements FourFoundersEditions(FormFactorChoice form) => new()
    {
        MinGpus = 4,
        MaxGpus = 4,
        Require = [FoundersEdition, "romed8-2t"],
        Form = form,
        Site = Circuit,
    };

    private static HardwareCatalog WithRiserPrice() =>
        Repo.Catalog.WithPrices([Parts.Price("riser-pcie4-x16-300mm", 60, PriceCondition.New, "2026-11-26", fromUser: true)]);

    [Fact]
    public void Plan_WithoutAPricedRiser_FourThreeSlotCardsHaveNoPlan() =>
        Assert.Null(new Planner().Plan(Repo.Catalog, FourFoundersEditions(FormFactorChoice.Any)).Best);

    [Fact]
    public void Plan_WithAPricedRiser_HangsTheCardsOnRisersInAnOpenFrame()
    {
        var catalog = WithRiserPrice();
        var plan = new Planner().Plan(catalog, FourFoundersEditions(FormFactorChoice.Any)).Best!;
        var node = plan.Build.Nodes[0];
        Assert.Equal("riser-pcie4-x16-300mm", node.Gpus[0].Riser!.Id);
        Assert.Equal(ChassisKind.OpenFrame, node.Chassis!.ChassisKind);
        Assert.True(new BuildChecker().Check(plan.Build, catalog).Passes);
    }

    [Fact]
    public void Plan_InATower_RisersAreNoWayOut() =>
        Assert.Null(new Planner().Plan(WithRiserPrice(), FourFoundersEditions(FormFactorChoice.Tower)).Best);

    [Fact]
    public void RiserMount_TwoRisersInATower_IsAnError_OneIsAWarning_AnOpenFrameIsFine()
    {
        var rule = new RiserMountRule();
        BuildSpec Build(string chassis, int count) =>
            new NodeBuilder().Chassis(chassis).Gpu("rtx-3090", count, riser: "riser-pcie4-x16-300mm").InBuild(240, 20);
        Assert.Single(rule.Check(new BuildContext(Build("fractal-meshify-2-xl", 2), Repo.Catalog)), f => f.Severity == Severity.Error);
        Assert.Single(rule.Check(new BuildContext(Build("fractal-meshify-2-xl", 1), Repo.Catalog)), f => f.Severity == Severity.Warning);
        var open = Repo.Catalog.Chassis.First(c => c.ChassisKind == ChassisKind.OpenFrame).Id;
        Assert.All(rule.Check(new BuildContext(Build(open, 4), Repo.Catalog)), f => Assert.Equal(Severity.Info, f.Severity));
    }
}
