using RigPlan.Core.Units;

namespace RigPlan.Core.Tests.Units;

public class QuantityParserTests
{
    [Theory]
    [InlineData("350 W", 350)]
    [InlineData("350W", 350)]
    [InlineData("1.6 kW", 1600)]
    public void Watts_WithUnit_Parses(string text, double expected) =>
        Assert.Equal(expected, QuantityParser.Watts(text).Value!.Value.Value, 6);

    [Fact]
    public void Gigabytes_Terabytes_UseBinaryConvention() =>
        Assert.Equal(2048, QuantityParser.Gigabytes("2 TB").Value!.Value.Value);

    [Fact]
    public void Bandwidth_TerabytesPerSecond_AreDecimal() =>
        Assert.Equal(3350, QuantityParser.Bandwidth("3.35 TB/s").Value!.Value.Value, 6);

    [Fact]
    public void Millimeters_Centimeters_Convert() =>
        Assert.Equal(300, QuantityParser.Millimeters("30 cm").Value!.Value.Value, 6);

    [Theory]
    [InlineData("350", "has no unit")]
    [InlineData("350 V", "unknown unit 'V'")]
    [InlineData("watts", "not a number")]
    [InlineData("-5 W", "negative")]
    public void Watts_Malformed_SaysWhy(string text, string expected)
    {
        var parsed = QuantityParser.Watts(text);
        Assert.Null(parsed.Value);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usd_ToString_ShowsDollars() => Assert.Equal("$1,499", new Usd(1499).ToString());

    [Fact]
    public void Watts_Negative_IsABug() => Assert.Throws<ArgumentOutOfRangeException>(() => new Watts(-1));
}
