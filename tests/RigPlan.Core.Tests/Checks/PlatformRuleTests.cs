using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class SocketRuleTests
{
    private readonly SocketRule _rule = new();

    [Fact]
    public void Check_Sp3CpuOnSwrx8Board_IsAnError()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Board("pro-ws-wrx80e-sage-se-wifi").InBuild(), Severity.Error);
        Assert.Contains("SP3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("romed8-2t", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoCpusOnAOneSocketBoard_IsAnError() =>
        RuleRun.Single(_rule, new NodeBuilder().Cpu("epyc-7502", 2).InBuild(), Severity.Error);

    [Fact]
    public void Check_Matching_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class MemoryTypeRuleTests
{
    private readonly MemoryTypeRule _rule = new();

    [Fact]
    public void Check_Ddr5OnDdr4Board_IsAnError()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Memory("micron-mtc20f2085s1rc48ba1").InBuild(), Severity.Error);
        Assert.Contains("DDR4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UdimmOnRdimmBoard_IsAnError()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Memory("crucial-ct16g4dfra32a").InBuild(), Severity.Error);
        Assert.Contains("UDIMM", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Matching_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class MemoryCapacityRuleTests
{
    private readonly MemoryCapacityRule _rule = new();

    [Fact]
    public void Check_MoreModulesThanSlots_IsAnError() =>
        RuleRun.Single(_rule, new NodeBuilder().Memory("samsung-m393a2k40db3-cwe", 9).InBuild(), Severity.Error);

    [Fact]
    public void Check_NoMemory_Warns() => RuleRun.Single(_rule, new NodeBuilder().Memory(null).InBuild(), Severity.Warning);

    [Fact]
    public void Check_Fits_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild());
}

public class MemoryChannelsRuleTests
{
    private readonly MemoryChannelsRule _rule = new();

    [Fact]
    public void Check_FourModulesOnEightChannels_WarnsWithBandwidth()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Memory("samsung-m393a4k40db3-cwe", 4).InBuild(), Severity.Warning);
        Assert.Contains("102 GB/s of 205 GB/s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryChannelFilled_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild(), Severity.Info);

    [Fact]
    public void Check_FourModulesOnEightChannels_SuggestsARealModuleSize()
    {
        // 4 x 32 GB on 8 channels: the catalog has 16 GB DDR4 RDIMMs, so 8 x 16 GB keeps the capacity.
        var finding = RuleRun.Single(_rule, new NodeBuilder().Memory("samsung-m393a4k40db3-cwe", 4).InBuild(), Severity.Warning);
        Assert.Contains("use 8 modules of 16 GB (same capacity", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BoardWithFewerDimmSlotsThanCpuChannels_CountsTheBoardsChannels()
    {
        // GENOAD8X-2T/BCM has 8 DIMM slots for the SP5 CPU's 12 channels: 8 modules fill every channel it wires.
        var build = new NodeBuilder().Board("genoad8x-2t").Cpu("epyc-9354").Memory("micron-mtc20f2085s1rc48ba1", 8).InBuild();
        RuleRun.Silent(_rule, build, Severity.Info);
    }
}
