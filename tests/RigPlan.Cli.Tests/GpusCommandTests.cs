using System.Text.Json;
using RigPlan.Testing;

namespace RigPlan.Cli.Tests;

public class GpusCommandTests
{
    [Fact]
    public void Gpus_MinVram24_PrintsARankedTableOf24GbCards()
    {
        var result = CliRunner.Run("gpus", "--min-vram", "24");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("GeForce RTX 3090", result.Output, StringComparison.Ordinal);
        Assert.Contains("per $1000", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RTX 3060", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpus_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("gpus", "--min-vram", "24", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        foreach (var field in new[] { "id", "name", "vendor", "vram_gb", "memory_bandwidth_gbps", "fp32_tflops", "bf16_tflops", "tdp_w", "slot_width", "length_mm", "price_usd", "price_date", "source", "metric", "metric_value", "metric_per_usd", "metric_per_watt" })
        {
            Assert.True(rows[0].TryGetProperty(field, out _), field);
        }

        var ranked = rows.Where(r => r.GetProperty("metric_per_usd").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("metric_per_usd").GetDouble()).ToList();
        Assert.Equal(ranked.OrderByDescending(x => x), ranked);
        Assert.All(rows, r => Assert.True(r.GetProperty("vram_gb").GetDouble() >= 24));
    }

    [Fact]
    public void Gpus_PerWatt_RanksByMetricPerWatt()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("gpus", "--per", "watt", "--metric", "bandwidth", "--json").Stdout);
        var perWatt = doc.RootElement.EnumerateArray().Select(r => r.GetProperty("metric_per_watt").GetDouble()).ToList();
        Assert.Equal(perWatt.OrderByDescending(x => x), perWatt);
    }

    [Fact]
    public void Gpus_UserPrices_OverrideTheCatalog()
    {
        using var temp = TempFile.With("part,price,date\nRTX 3090,100,2026-11-20\n", ".csv");
        var file = temp.Path;
        using var doc = JsonDocument.Parse(CliRunner.Run("gpus", "--min-vram", "24", "--prices", file, "--json").Stdout);
        var first = doc.RootElement[0];
        Assert.Equal("rtx-3090", first.GetProperty("id").GetString());
        Assert.Equal(100, first.GetProperty("ranked_price_usd").GetDouble());
    }

    [Fact]
    public void Gpus_BadPriceFile_ReportsFileLineAndExits2()
    {
        using var temp = TempFile.With("part,price,date\nRTX 3090,-5,2026-11-20\nRTX 9999,100,2026-11-20\n", ".csv");
        var file = temp.Path;
        var result = CliRunner.Run("gpus", "--prices", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:2: field 'price'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{file}:3: field 'part'", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpus_Plot_WritesAnSvgWithTheFrontier()
    {
        using var temp = TempFile.Named(".svg");
        var file = temp.Path;
        var result = CliRunner.Run("gpus", "--plot", file);
        Assert.Equal(0, result.ExitCode);
        var svg = File.ReadAllText(file);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("frontier", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("--metric", "speed", "not a metric")]
    [InlineData("--per", "kilo", "not a basis")]
    [InlineData("--min-vram", "-4", "not a memory size")]
    [InlineData("--form-factor", "usb", "not a form factor")]
    [InlineData("--plot", "chart.pdf", "must end in .svg or .png")]
    [InlineData("--vendor", "Intel", "makes no GPU")]
    public void Gpus_BadOption_Exits2WithAClearMessage(string option, string value, string expected)
    {
        var result = CliRunner.Run("gpus", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_Exits2()
    {
        var result = CliRunner.Run("gpus", "--min-vrma", "24");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-vrma", result.Error, StringComparison.Ordinal);
    }
}
