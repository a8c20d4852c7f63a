using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Costs;
using RigPlan.Core.Network;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class FabricRuleTests
{
    private readonly FabricRule _rule = new();

    private static BuildSpec Cluster(int machines, string? switchId = null, int switchCount = 1, string? nic = null)
    {
        var node = new NodeBuilder().Count(machines);
        if (nic is not null)
        {
            node = node.Nic(nic);
        }

        var build = TestBuilds.Of(240, 30, machines, node.Build());
        return switchId is null ? build : build with
        {
            Network = new NetworkSpec { Switch = (NetworkSwitch)Repo.Catalog.Find(switchId)!, SwitchCount = switchCount, Location = new SourceLocation("test.yaml", 1) },
        };
    }

    [Fact]
    public void Check_OneMachine_SaysNothing() =>
        Assert.Empty(RuleRun.Findings(_rule, new NodeBuilder().InBuild()));

    [Fact]
    public void Check_TwoMachinesWithoutSwitch_AreCabledBackToBack()
    {
        var finding = RuleRun.Single(_rule, Cluster(2), Severity.Info);
        Assert.Contains("back to back", finding.Message, StringComparison.Ordinal);
        Assert.Contains("10 Gb/s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreeMachinesWithoutSwitch_WarnAndSuggestOneWithEnoughPorts()
    {
        var finding = RuleRun.Single(_rule, Cluster(3), Severity.Warning);
        Assert.Contains("need a switch", finding.Message, StringComparison.Ordinal);
        Assert.Contains("switch: ", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SwitchWithTooFewPorts_IsAnError()
    {
        // The CRS504 has 4 ports; six machines need 6.
        var finding = RuleRun.Single(_rule, Cluster(6, "mikrotik-crs504-4xq-in"), Severity.Error);
        Assert.Contains("4 ports for 6 machines", finding.Message, StringComparison.Ordinal);
        Assert.Contains("count: 2", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoLinkedSwitches_OfferPortsLessTheLinks()
    {
        // Two 4-port switches linked by one cable offer 4 + 4 - 2 = 6 ports; six machines and the link need 7 cables.
        RuleRun.Silent(_rule, Cluster(6, "mikrotik-crs504-4xq-in", switchCount: 2));
        var fabric = Fabric.Of(Cluster(6, "mikrotik-crs504-4xq-in", switchCount: 2))!;
        Assert.Equal(7, fabric.Cables);
    }

    [Fact]
    public void Check_InfinibandSwitchWithEthernetOnlyNodes_IsAnError()
    {
        var finding = RuleRun.Single(_rule, Cluster(3, "mellanox-sx6036"), Severity.Error);
        Assert.Contains("no infiniband port", finding.Message, StringComparison.Ordinal);
        RuleRun.Silent(_rule, Cluster(3, "mellanox-sx6036", nic: "connectx-6-hdr100"));
    }

    [Fact]
    public void Fabric_LinkRunsAtTheSlowerOfPortAndSwitch()
    {
        // 10 GbE onboard against a 100 Gb/s switch: the machines' ports limit the link.
        var slow = Fabric.Of(Cluster(3, "mikrotik-crs504-4xq-in"))!;
        Assert.Equal(10, slow.LinkGbps);
        Assert.Equal("the machines' ports", slow.LimitedBy);

        // A 100 GbE NIC against a 10 Gb/s switch: the switch limits it.
        var capped = Fabric.Of(Cluster(3, "mikrotik-crs309-1g-8s-in", nic: "connectx-5-100gbe"))!;
        Assert.Equal(10, capped.LinkGbps);
        Assert.Equal("the switch", capped.LimitedBy);
    }

    [Fact]
    public void SwitchesFor_TakesTheCheapestThatGivesEveryMachineAPort()
    {
        var catalog = Repo.Catalog;
        double? Price(string id) => catalog.LatestPrice(id, PriceCondition.New)?.Price.Value ?? catalog.LatestPrice(id, PriceCondition.Used)?.Price.Value;
        var (sw, count) = Fabric.SwitchesFor(catalog.Switches, 4, 10, "ethernet", Price)!.Value;
        Assert.True(sw.Ports * count >= 4);
        Assert.All(catalog.Switches.Where(s => s.Protocol == "ethernet" && s.Ports >= 4 && Price(s.Id) is not null), s => Assert.True(Price(s.Id) >= Price(sw.Id)));
        Assert.Null(Fabric.SwitchesFor(catalog.Switches, 4, 10_000, "ethernet", Price));
    }

    [Fact]
    public void Bom_ListsTheSwitchOnce_ForTheWholeCluster()
    {
        var build = Cluster(4, "mikrotik-crs309-1g-8s-in");
        var line = Assert.Single(BillOfMaterials.For(build, Repo.Catalog).Lines, l => l.Part.Id == "mikrotik-crs309-1g-8s-in");
        Assert.Equal(1, line.Quantity);
        Assert.Equal("network", line.Node);
    }
}
