using System.Text.Json;

namespace RigPlan.Cli.Tests;

public class PartsCommandTests
{
    [Theory]
    [InlineData("gpus", new[] { "id", "name", "vendor", "vram_gb", "memory_bandwidth_gbps", "fp32_tflops", "bf16_tflops", "tdp_w", "slot_width", "length_mm", "price_usd", "price_date", "source" })]
    [InlineData("cpus", new[] { "id", "name", "socket", "cores", "pcie_lanes", "pcie_gen", "memory_channels", "max_memory_gb", "tdp_w", "price_usd" })]
    [InlineData("motherboards", new[] { "id", "name", "socket", "form_factor", "memory_type", "dimm_slots", "max_memory_gb", "slots" })]
    [InlineData("psus", new[] { "id", "name", "watts_115v", "watts_230v", "efficiency", "pcie_8pin", "pcie_12vhpwr", "atx3", "price_usd" })]
    public void PartsJson_HasTheContractFields(string kind, string[] fields)
    {
        var result = CliRunner.Run("parts", kind, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.All(doc.RootElement.EnumerateArray(), row => Assert.All(fields, f => Assert.True(row.TryGetProperty(f, out _), f)));
    }

    [Fact]
    public void MotherboardsJson_SlotsHavePositionsLanesAndGen()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("parts", "motherboards", "--search", "ROMED8", "--json").Stdout);
        var slot = doc.RootElement[0].GetProperty("slots")[0];
        Assert.Equal(1, slot.GetProperty("position").GetInt32());
        Assert.Equal(16, slot.GetProperty("physical_lanes").GetInt32());
        Assert.Equal(16, slot.GetProperty("electrical_lanes").GetInt32());
        Assert.Equal(4, slot.GetProperty("gen").GetInt32());
    }

    [Fact]
    public void Parts_Search_FiltersByWords()
    {
        var result = CliRunner.Run("parts", "cpus", "--search", "epyc 7502");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("epyc-7502", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("epyc-9654", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RTX 3090", "rtx-3090")]
    [InlineData("EPYC 7502", "epyc-7502")]
    [InlineData("ROMED8-2T", "romed8-2t")]
    [InlineData("A100 80GB SXM", "a100-sxm4-80gb")]
    public void Show_ByName_PrintsEveryFieldWithSource(string name, string id)
    {
        var result = CliRunner.Run("parts", "show", name);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(id, result.Output, StringComparison.Ordinal);
        Assert.Contains("Source", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Board_ListsEmptyPositionsBetweenSlots()
    {
        // ProArt B550-CREATOR: its first x16 slot sits at position 2 and the second at 5, per the hardwareluxx slot table.
        var result = CliRunner.Run("parts", "show", "proart-b550-creator");
        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split('\n').Where(l => l.Contains("(no slot)", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("│ 1 ", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("│ 3 ", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Boards_FourDualSlotCards_ListsRomed8WithItsPositions()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("boards", "--cards", "4", "--width", "2", "--json").Stdout);
        var romed = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "romed8-2t");
        Assert.Equal([1, 3, 5, 7], romed.GetProperty("cards").EnumerateArray().Select(p => p.GetProperty("position").GetInt32()));
        Assert.Equal("PCIE7", romed.GetProperty("cards")[0].GetProperty("label").GetString());
        Assert.Equal(8, romed.GetProperty("openings_needed").GetInt32());
    }

    [Theory]
    [InlineData("--cards", "0")]
    [InlineData("--cards", "99")]
    [InlineData("--width", "9")]
    [InlineData("--width", "NaN")]
    [InlineData("--openings", "0")]
    [InlineData("--socket", "LGA9999")]
    public void Boards_BadInput_Exits2(string option, string value)
    {
        var args = option == "--cards" ? new[] { "boards", option, value } : ["boards", "--cards", "2", option, value];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fix:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--openings", "x", "as a whole number")]
    [InlineData("--width", "abc", "as a number")]
    public void Boards_UnparsableNumber_IsNamedPlainly(string option, string value, string expected)
    {
        var result = CliRunner.Run("boards", "--cards", "2", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_IncludesPricesWithDates()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("parts", "show", "rtx-3090", "--json").Stdout);
        var prices = doc.RootElement.GetProperty("prices").EnumerateArray().ToList();
        Assert.NotEmpty(prices);
        Assert.All(prices, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("price_date").GetString())));
    }

    [Fact]
    public void Show_Ambiguous_ListsCandidatesAndExits2()
    {
        var result = CliRunner.Run("parts", "show", "H100");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains("h100-sxm5", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Unknown_SuggestsAndExits2()
    {
        var result = CliRunner.Run("parts", "show", "RTX 3095");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_UnknownKind_SuggestsAndExits2()
    {
        var result = CliRunner.Run("parts", "gpuz");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'gpus'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_BrokenCatalog_ReportsProblemsAndExits2()
    {
        using var catalog = RigPlan.Testing.TempCatalog.Copy().Edit("gpus.csv", t => t.Replace("350 W", "350 Watts", StringComparison.Ordinal));
        var result = CliRunner.Run("parts", "gpus", "--catalog", catalog.Directory);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gpus.csv:", result.Error, StringComparison.Ordinal);
        Assert.Contains("field 'tdp'", result.Error, StringComparison.Ordinal);
    }
}
