using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class SlotsRuleTests
{
    private readonly SlotsRule _rule = new();

    [Fact]
    public void Check_EightCardsOnSevenSlots_IsAnError()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Gpu("rtx-a4000", 8).Chassis(null).InBuild(), Severity.Error);
        Assert.Contains("find no slot", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BoardWithoutLayout_CannotBeVerified() =>
        RuleRun.Single(_rule, new NodeBuilder().Board("mz31-ar0").InBuild(), Severity.Warning);

    [Fact]
    public void Check_FourBlowersOnSevenSlots_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());

    [Fact]
    public void Check_FixedPositionTheBoardLacks_IsAnError()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 1, board: "ASUS Turbo", limit: 240, slots: [9]).InBuild();
        Assert.Contains(RuleRun.Findings(_rule, build), f => f.Message.Contains("position 9", StringComparison.Ordinal));
    }
}

public class SlotSpacingRuleTests
{
    private readonly SlotSpacingRule _rule = new();

    [Fact]
    public void Check_FourThreeSlotCardsOnSevenSlots_OnlyThreeFit()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Gpu("rtx-3090", 4).InBuild(), Severity.Error);
        Assert.Contains("only 3 fit (in 1, 4 and 7)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Turbo", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RisersFreeTheSlots_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-3090", 4, riser: "riser-pcie4-x16-300mm").Chassis(null).InBuild());

    [Fact]
    public void Check_TwoSlotBlowers_AreSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class LanesRuleTests
{
    private readonly LanesRule _rule = new();

    [Fact]
    public void Check_FiveX16CardsOnA64LaneXeon_IsAnError()
    {
        var build = new NodeBuilder().Board("pro-ws-w790e-sage-se").Cpu("xeon-w7-2495x").Memory("micron-mtc10f1084s1rc48ba1", 8).Chassis(null)
            .Gpu("rtx-a4000", 5).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains("CPU lanes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EpycWith128Lanes_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class LinkRuleTests
{
    private readonly LinkRule _rule = new();

    [Fact]
    public void Check_Gen3RiserOnGen4Slot_WarnsOfTheDowngrade()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 1, riser: "riser-pcie3-x16-300mm").InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Warning);
        Assert.Contains("x16 Gen3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SecondCardOnADesktopBoard_RunsAtX4()
    {
        var build = new NodeBuilder().Board("mpg-x870e-carbon-wifi").Cpu("ryzen-9-9950x").Memory("corsair-cmk64gx5m2b6000c30", 2).Chassis(null)
            .Gpu("rtx-4090", 2).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Warning);
        Assert.Contains("only x4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryLink_IsListed()
    {
        var info = RuleRun.Single(_rule, new NodeBuilder().InBuild(), Severity.Info);
        Assert.Equal(4, info.Message.Split("x16 Gen4 via CPU").Length - 1);
        RuleRun.Silent(_rule, new NodeBuilder().InBuild());
    }
}

public class GpuLengthRuleTests
{
    private readonly GpuLengthRule _rule = new();

    [Fact]
    public void Check_CardLongerThanTheCase_IsAnError()
    {
        var catalog = Repo.Catalog;
        var chassis = catalog.Chassis.Where(c => c.MaxGpuLength is not null && c.ChassisKind is ChassisKind.Tower or ChassisKind.Rack).MinBy(c => c.MaxGpuLength!.Value.Value)!;
        var board = catalog.GpuBoards.Where(b => b.Length is { } l && l > chassis.MaxGpuLength!.Value && b.SlotWidth is not null).MaxBy(b => b.Length!.Value.Value)!;
        Assert.NotNull(board);
        var build = new NodeBuilder().Chassis(chassis.Id).Gpu(board.GpuId, 1, board: board.Id).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains($"{chassis.MaxGpuLength!.Value.Value:0} mm", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FitsTheCase_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class FormFactorRuleTests
{
    private readonly FormFactorRule _rule = new();

    [Fact]
    public void Check_EebBoardInACaseWithoutEeb_IsAnError()
    {
        var build = new NodeBuilder().Board("pro-ws-wrx90e-sage-se").Cpu("threadripper-pro-7975wx").Memory("micron-mtc20f2085s1rc48ba1").InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains("EEB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EebBoardInASsiEebCase_IsSilent()
    {
        var build = new NodeBuilder().Board("pro-ws-wrx90e-sage-se").Cpu("threadripper-pro-7975wx").Memory("micron-mtc20f2085s1rc48ba1").Chassis("silverstone-rm44").InBuild();
        Assert.Equal("EEB", build.Nodes[0].Motherboard.FormFactor);
        Assert.Contains("SSI-EEB", build.Nodes[0].Chassis!.BoardFormFactors);
        RuleRun.Silent(_rule, build);
    }

    [Fact]
    public void Check_BoardWithMoreSlotPositionsThanTheCaseHasOpenings_Warns()
    {
        // GENOAD8X-2T/BCM has 8 slot positions; the Fractal Torrent has 7 openings.
        var build = new NodeBuilder().Board("genoad8x-2t").Cpu("epyc-9354").Memory("micron-mtc20f2085s1rc48ba1", 8).Chassis("fractal-torrent").NoGpus().InBuild();
        Assert.Contains("position 8", RuleRun.Single(_rule, build, Severity.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BareboneWithAnotherBoard_IsAnError() =>
        RuleRun.Single(_rule, new NodeBuilder().Chassis("4u8g-turin2").InBuild(), Severity.Error);

    [Fact]
    public void Check_AtxBoardInEatxCase_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class AirflowRuleTests
{
    private readonly AirflowRule _rule = new();

    [Fact]
    public void Check_OpenAirCardsWithNoGap_Warns()
    {
        var build = new NodeBuilder().Gpu("rtx-3090", 2, slots: [1, 4]).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Warning);
        Assert.Contains("GPU 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenAirCardsWithAGap_AreSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-3090", 2, slots: [1, 5]).InBuild());

    [Fact]
    public void Check_StackedBlowers_AreSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Gpu("rtx-3090", 3, board: "ASUS Turbo", limit: 240, slots: [1, 3, 5]).InBuild());
}
