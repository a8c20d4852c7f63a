using RigPlan.Core.Economics;

namespace RigPlan.Core.Tests.Economics;

public class TcoPerTokenTests
{
    [Fact]
    public void PerMillionTokens_IsTheTotalOverTheTokensMadeInTheUtilisedHours()
    {
        // 100 tokens/s for half of one year: 100 x 0.5 x 8766 h x 3600 s = 1,577,880,000 tokens; $10,000 over that.
        var inputs = new TcoInputs { Utilization = 0.5, KwhPrice = 0.15, Years = 1, ResaleFraction = 0 };
        Assert.Equal(10_000 / 1577.88, Tco.PerMillionTokens(10_000, 100, inputs)!.Value, 9);
        Assert.Null(Tco.PerMillionTokens(10_000, 0, inputs));
    }
}
