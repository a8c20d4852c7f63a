using RigPlan.Core.Catalog;

namespace RigPlan.Core.Tests.Catalog;

public class BoardFormFactorTests
{
    [Theory]
    [InlineData("SSI-EEB", "EEB")]
    [InlineData("eeb", "SSI-EEB")]
    [InlineData("SSI-CEB", "CEB")]
    [InlineData("ATX", "atx")]
    public void Same_SpellingsOfOneStandard_Match(string a, string b) => Assert.True(BoardFormFactor.Same(a, b));

    [Theory]
    [InlineData("E-ATX", "EEB")]
    [InlineData("EEB", "CEB")]
    [InlineData("ATX", "Micro-ATX")]
    public void Same_DifferentSizes_DoNotMatch(string a, string b) => Assert.False(BoardFormFactor.Same(a, b));
}
