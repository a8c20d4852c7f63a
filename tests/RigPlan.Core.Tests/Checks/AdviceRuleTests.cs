using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class SystemRamRuleTests
{
    private readonly SystemRamRule _rule = new();

    [Fact]
    public void Check_LessRamThanVram_Advises() =>
        RuleRun.Single(_rule, new NodeBuilder().Memory("samsung-m393a2k40db3-cwe", 2).InBuild(), Severity.Info);

    [Fact]
    public void Check_EnoughRam_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild(), Severity.Info);
}

public class CpuCoresRuleTests
{
    private readonly CpuCoresRule _rule = new();

    [Fact]
    public void Check_ThreeCoresPerGpu_Advises() =>
        RuleRun.Single(_rule, new NodeBuilder().Cpu("ryzen-9-7900x").InBuild(), Severity.Info);

    [Fact]
    public void Check_EightCoresPerGpu_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild(), Severity.Info);
}

public class ServerPlatformRuleTests
{
    private readonly ServerPlatformRule _rule = new();

    [Fact]
    public void Check_FourGpusOnAm5_Advises()
    {
        var finding = RuleRun.Single(_rule, new NodeBuilder().Cpu("ryzen-9-9950x").InBuild(), Severity.Info);
        Assert.Contains("128 lanes", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Epyc_IsSilent() => RuleRun.Silent(_rule, new NodeBuilder().InBuild(), Severity.Info);
}

public class PeerToPeerRuleTests
{
    private readonly PeerToPeerRule _rule = new();

    [Fact]
    public void Check_Rtx4090s_HaveNoP2P()
    {
        var findings = RuleRun.Findings(_rule, new NodeBuilder().Gpu("rtx-4090", 2).InBuild());
        Assert.Contains(findings, f => f.Message.Contains("peer-to-peer is not enabled", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("NVLink bridges", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RtxA6000s_HaveNvlinkAndP2P()
    {
        var findings = RuleRun.Findings(_rule, new NodeBuilder().Gpu("rtx-a6000", 2).InBuild());
        Assert.Contains(findings, f => f.Message.Contains("NVLink", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("not enabled", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OneGpu_IsSilent() => Assert.Empty(RuleRun.Findings(_rule, new NodeBuilder().Gpu("rtx-4090", 1).InBuild()));
}

public class NetworkRuleTests
{
    private readonly NetworkRule _rule = new();

    [Fact]
    public void Check_TwoNodesOn2500MbE_Warn()
    {
        var node = new NodeBuilder().Board("pro-b650-p-wifi").Cpu("ryzen-9-9950x").Memory("corsair-cmk64gx5m2b6000c30", 2).Gpu("rtx-4090", 1).Count(2).Build();
        var finding = RuleRun.Single(_rule, TestBuilds.Of(120, 15, 2, node), Severity.Warning);
        Assert.Contains("2.5 Gb/s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoNodesWithOnboard10GbE_AreSilent() =>
        RuleRun.Silent(_rule, TestBuilds.Of(120, 15, 2, new NodeBuilder().Count(2).Build()));

    [Fact]
    public void Check_OneMachine_IsSilent() =>
        Assert.Empty(RuleRun.Findings(_rule, new NodeBuilder().Board("pro-b650-p-wifi").InBuild()));
}
