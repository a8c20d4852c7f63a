using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Checks;

public class PsuBaysRuleTests
{
    private readonly PsuBaysRule _rule = new();

    [Fact]
    public void Check_TwoPsusInACaseWithOneBay_IsAnErrorNamingCasesThatFit()
    {
        var build = new NodeBuilder().Chassis("silverstone-seta-h2").Psu("corsair-ax1600i", 2).InBuild();
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains("1 PSU bay", finding.Message, StringComparison.Ordinal);
        Assert.Contains("silverstone-alta-d1", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoPsusInACaseWithTwoBays_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Chassis("silverstone-alta-d1").Psu("corsair-ax1600i", 2).InBuild());

    [Fact]
    public void Check_TwoPsusInACaseOfUnknownBays_Warns()
    {
        var build = new NodeBuilder().Chassis("fractal-meshify-2-xl").Psu("corsair-ax1600i", 2).InBuild();
        Assert.Contains("does not know", RuleRun.Single(_rule, build, Severity.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnePsuInACaseOfUnknownBays_IsSilent() =>
        RuleRun.Silent(_rule, new NodeBuilder().Chassis("fractal-meshify-2-xl").InBuild());

    [Fact]
    public void Check_ServerModuleInAnAtxBay_IsAnError()
    {
        var build = new NodeBuilder().Chassis("silverstone-seta-h2").Psu("supermicro-pws-2k05a-1r").InBuild(volts: 240, amps: 20);
        var finding = RuleRun.Single(_rule, build, Severity.Error);
        Assert.Contains("take ATX PSUs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoServerModulesInACaseOfAtxBays_SuggestsNoAtxCase()
    {
        var build = new NodeBuilder().Chassis("silverstone-seta-h2").Psu("supermicro-pws-2k05a-1r", 2).InBuild(volts: 240, amps: 20);
        var bays = RuleRun.Findings(_rule, build).Single(f => f.Message.Contains("do not fit", StringComparison.Ordinal));
        Assert.DoesNotContain("silverstone-alta-d1", bays.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenFrame_IsNotChecked() =>
        RuleRun.Silent(_rule, new NodeBuilder().Chassis("thermaltake-core-p3-tg-pro").Psu("corsair-ax1600i", 3).InBuild(), Severity.Info);

    [Theory]
    [InlineData("ATX", "ATX", true)]
    [InlineData("SFX", "ATX", true)]
    [InlineData("ATX", "SFX", false)]
    [InlineData("server", "ATX", false)]
    public void Fits_SfxInAtxOnly(string psu, string bay, bool fits) => Assert.Equal(fits, PsuBaysRule.Fits(psu, bay));
}
