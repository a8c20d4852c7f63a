using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class PsuCapacityRuleTests
{
    private readonly PsuCapacityRule _rule = new();

    [Fact]
    public void Check_FourFullPower3090sOnOne1600WPsu_ReportsErrorWithTheNumbers()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 4).Memory("samsung-m393a4k40db3-cwe", 4).Psu("corsair-ax1600i").InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains("1,686 W", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1,600 W at 120 V", finding.Message, StringComparison.Ordinal);
        Assert.Contains("power_limit_w", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SecondPsuFix_NamesTheCasesPsuBays()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 4).Memory("samsung-m393a4k40db3-cwe", 4).Psu("corsair-ax1600i").Chassis("silverstone-seta-h2").InBuild();
        var fix = RuleRun.Single(_rule, build, Severity.Error).Fix!;
        Assert.Contains("add another PSU", fix, StringComparison.Ordinal);
        Assert.Contains("SETA H2 has 1 PSU bay", fix, StringComparison.Ordinal);
        Assert.Contains("silverstone-alta-d1", fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EightGpusOnOnePsu_CountsThePsusStillNeeded()
    {
        // 8 x 350 W RTX 3090 (about 2.9 kW) on one 1,600 W unit: one more does not cover the load with headroom, two do;
        // the RM600 has bays for two PSUs in all.
        var build = new NodeBuilder().Gpu("rtx-3090", 8, board: "ASUS Turbo").Psu("corsair-ax1600i").Chassis("silverstone-rm600").InBuild();
        var fix = RuleRun.Single(_rule, build, Severity.Error).Fix!;
        Assert.Contains("add 2 more PSUs", fix, StringComparison.Ordinal);
        Assert.Contains("RM600 has 2 PSU bays", fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LoadAbove80Percent_Warns()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 4, board: "ASUS Turbo", limit: 270).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Warning);
        Assert.Contains("%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoPsu_IsAnError() =>
        RuleRun.Single(_rule, new NodeBuilder().NoPsus().InBuild(), Severity.Error);

    [Fact]
    public void Check_FixedFoundingBuild_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());

    [Fact]
    public void Check_230VOnlyPsuOn120V_CannotBeVerified()
    {
        var build = new NodeBuilder().Psu("supermicro-pws-2k08a-1r").InBuild();
        Assert.Contains(RuleRun.Findings(_rule, build), f => f.Severity is Severity.Error or Severity.Warning);
    }
}

public class TransientRuleTests
{
    private readonly TransientRule _rule = new();

    [Fact]
    public void Check_3090sOnNonAtx3Psu_Warns()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Gpu("rtx-3090", 4).Memory("samsung-m393a4k40db3-cwe", 4).Psu("corsair-ax1600i").InBuild(), Severity.Warning);
        Assert.Contains("ATX 3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3,086 W", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Atx3Psu_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());

    [Fact]
    public void Check_WorkstationCardsOnOldPsu_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-a6000", 4).Psu("corsair-ax1600i").InBuild());
}

public class CircuitRuleTests
{
    private readonly CircuitRule _rule = new();

    [Fact]
    public void Check_FoundingBuildOn15A120V_ExceedsTheContinuousLimit()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Gpu("rtx-3090", 4).Psu("corsair-ax1600i").InBuild(), Severity.Error);
        Assert.Contains("1,440 W", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2 circuits", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoPsusOnTwoCircuits_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-3090", 4).Psu("evga-supernova-1600-p2", 2).InBuild(circuits: 2));

    [Fact]
    public void Check_Same_On240V_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-3090", 4).Psu("evga-supernova-1600-p2", 2).InBuild(volts: 240));

    [Fact]
    public void Check_PsuOnACircuitTheSiteLacks_IsAnError()
    {
        var build = new NodeBuilder().Psu("evga-supernova-1600-p2", 2, 1, 3).InBuild(circuits: 2);
        Assert.Contains(RuleRun.Findings(_rule, build), f => f.Severity == Severity.Error && f.Message.Contains("circuit 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ManyMachines_SpreadOverCircuits()
    {
        var node = new NodeBuilder().Count(4).Build();
        RuleRun.Silent(_rule, TestBuilds.Of(208, 30, 2, node));
        Assert.All(RuleRun.Findings(_rule, TestBuilds.Of(120, 15, 2, node)), f => Assert.Equal(Severity.Error, f.Severity));
        Assert.NotEmpty(RuleRun.Findings(_rule, TestBuilds.Of(120, 15, 2, node)));
    }
}

public class ConnectorRuleTests
{
    private readonly ConnectorRule _rule = new();

    [Fact]
    public void Check_MoreEightPinsThanThePsuHas_IsAnError()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Gpu("rtx-3090", 6, board: "ASUS Turbo").Psu("evga-supernova-1600-p2").InBuild(), Severity.Error);
        Assert.Contains("12 8-pins needed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PsuWithUnknownConnectors_CannotBeVerified()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Psu("corsair-ax1600i").InBuild(), Severity.Warning);
        Assert.Contains("Corsair AX1600i", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EnoughConnectors_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class MultiPsuRuleTests
{
    private readonly MultiPsuRule _rule = new();

    [Fact]
    public void Check_TwoAtxPsus_NeedAStartUpSync()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Psu("evga-supernova-1600-p2", 2).InBuild(), Severity.Warning);
        Assert.Contains("add2psu", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnePsu_IsSilent() => Assert.Empty(RuleRun.Findings(_rule, new NodeBuilder().InBuild()));

    [Fact]
    public void Check_ServerPsusInABarebone_AreSilent() =>
        Assert.Empty(RuleRun.Findings(_rule, new NodeBuilder().Chassis("4u8g-turin2").Psu("evga-supernova-1600-p2", 2).InBuild()));
}

public class CircuitPlanTests
{
    [Fact]
    public void For_TenThousandMachines_SpreadsEvenlyOverTheCircuits()
    {
        var node = new NodeBuilder().Count(10_000).Build();
        var plan = new BuildContext(TestBuilds.Of(480, 400, 100, node), Repo.Catalog).Circuits;
        Assert.Equal(10_000, plan.Units.Length);
        Assert.Equal(100, plan.Circuits.Length);
        Assert.All(plan.Circuits, c => Assert.Equal(100, c.Units.Length));
    }
}
