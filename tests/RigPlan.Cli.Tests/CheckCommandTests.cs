using System.Text.Json;
using RigPlan.Testing;

namespace RigPlan.Cli.Tests;

public class CheckCommandTests
{
    private static string Example(string name) => Path.Combine(Repo.Root, "examples", name);

    [Fact]
    public void Check_SeedBuild_ReportsTheFoundingNoteErrorsAndExits1()
    {
        var result = CliRunner.Run("check", Example("seed-4x3090.yaml"), "--json");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var errors = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => f.GetProperty("rule").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["fit.slot-spacing", "power.circuit", "power.psu-capacity"], errors);
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.True(f.TryGetProperty("node", out _)));
    }

    [Fact]
    public void Check_SeedBuild_ExplainsInPlainWordsWithNumbers()
    {
        var result = CliRunner.Run("check", Example("seed-4x3090.yaml"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("exceeds the PSUs' 1,600 W at 120 V", result.Output, StringComparison.Ordinal);
        Assert.Contains("1,440 W a 120 V / 15 A circuit", result.Output, StringComparison.Ordinal);
        Assert.Contains("only 3 fit", result.Output, StringComparison.Ordinal);
        Assert.Contains("fix:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed-4x3090-fixed.yaml")]
    [InlineData("workstation-2x4090.yaml")]
    [InlineData("server-8xl40s.yaml")]
    public void Check_WorkingExamples_PassWithExit0(string example)
    {
        var result = CliRunner.Run("check", Example(example), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.True(doc.RootElement.GetProperty("passes").GetBoolean());
        var summary = doc.RootElement.GetProperty("summary");
        foreach (var field in new[] { "cost_usd", "vram_gb", "bf16_tflops", "dc_load_w", "wall_w" })
        {
            Assert.True(summary.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Check_Json_ListsEachGpusLink()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("check", Example("seed-4x3090-fixed.yaml"), "--json").Stdout);
        var links = doc.RootElement.GetProperty("nodes")[0].GetProperty("links").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, l => Assert.Contains("x16 Gen4 via CPU", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n   gpus: [\n", "YAML syntax error")]
    [InlineData("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n    gpus:\n      - { part: RTX 3095, count: 4 }\n", "did you mean")]
    [InlineData("name: x\nsite:\n  voltage: 120\n  circuit_amp: 15\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n", "did you mean 'circuit_amps'")]
    [InlineData("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n    gpus:\n      - { part: RTX 3090, count: -4 }\n", "cannot be negative")]
    [InlineData("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n    gpus:\n      - { part: RTX 3090, count: 1000000000 }\n", "more than RigPlan plans for")]
    [InlineData("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    gpus:\n      - { part: RTX 3090, count: four }\n", "'cpu' is missing")]
    [InlineData("", "the file is empty")]
    [InlineData("just a string\n", "must be a mapping")]
    public void Check_BadFile_SaysWhatAndWhereAndExits2(string yaml, string expected)
    {
        using var temp = TempFile.With(yaml);
        var path = temp.Path;
        var result = CliRunner.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadFile_ReportsEveryProblemAtOnceWithLines()
    {
        using var temp = TempFile.With("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n    colour: red\n    gpus:\n      - { part: RTX 3090, count: -1 }\n      - { part: RTX 9999 }\n");
        var path = temp.Path;
        var result = CliRunner.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:5: field 'nodes[0].colour'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:7: field 'nodes[0].gpus[0].count'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:8: field 'nodes[0].gpus[1].part'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HugeFile_IsRefusedBeforeParsing()
    {
        using var file = TempFile.Named();
        using (var stream = File.Create(file.Path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = CliRunner.Run("check", file.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("50 MB", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200_000, "[")]
    [InlineData(5_000, "{a: ")]
    public void Check_HostileNesting_IsRefusedNotACrash(int depth, string opener)
    {
        using var temp = TempFile.With("a: " + string.Concat(Enumerable.Repeat(opener, depth)));
        var path = temp.Path;
        var result = CliRunner.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nests more than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeepIndentation_IsRefused()
    {
        using var temp = TempFile.With("a:\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "b:\n")));
        var path = temp.Path;
        Assert.Contains("nests more than 64 levels", CliRunner.Run("check", path).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_Exits2() =>
        Assert.Equal(2, CliRunner.Run("check", "/no/such/build.yaml").ExitCode);

    [Fact]
    public void Check_AmbiguousBoardName_ListsCandidates()
    {
        using var temp = TempFile.With("name: x\nnodes:\n  - motherboard: ROMED8-2T\n    cpu: EPYC 7502\n    gpus:\n      - { part: RTX 3090, board: ASUS, count: 1 }\n");
        var path = temp.Path;
        var result = CliRunner.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
    }
}

public class BomCommandTests
{
    private static string Example(string name) => Path.Combine(Repo.Root, "examples", name);

    [Fact]
    public void Bom_Markdown_ListsPartsQuantitiesDatesAndTotal()
    {
        var result = CliRunner.Run("bom", Example("seed-4x3090.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| node-1 | GeForce RTX 3090 | 4 |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Total**", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_Json_AddsUpItsLines()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("bom", Example("seed-4x3090-fixed.yaml"), "--format", "json").Stdout);
        var lines = doc.RootElement.GetProperty("lines").EnumerateArray().ToList();
        var sum = lines.Where(l => l.GetProperty("subtotal_usd").ValueKind == JsonValueKind.Number).Sum(l => l.GetProperty("subtotal_usd").GetDouble());
        Assert.Equal(doc.RootElement.GetProperty("total_usd").GetDouble(), sum, 1);
        Assert.Contains(lines, l => l.GetProperty("quantity").GetInt32() == 8 && l.GetProperty("kind").GetString() == "memory");
    }

    [Fact]
    public void Bom_Csv_HasAHeaderAndARowPerPart()
    {
        var csv = CliRunner.Run("bom", Example("seed-4x3090.yaml"), "--format", "csv").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("node,kind,id,name,quantity", csv[0], StringComparison.Ordinal);
        Assert.Equal(6, csv.Length);
    }

    [Fact]
    public void Bom_BadFormat_Exits2() =>
        Assert.Equal(2, CliRunner.Run("bom", Example("seed-4x3090.yaml"), "--format", "pdf").ExitCode);
}

public class UserPricesInBuildsTests
{
    [Fact]
    public void Bom_UserPrices_FillTheGapsAndWin()
    {
        using var temp = TempFile.With("part,price,date,condition\nROMED8-2T,550,2026-11-01,used\nEPYC 7502,300,2026-11-01,used\n", ".csv");
        var prices = temp.Path;
        var result = CliRunner.Run("bom", Path.Combine(Repo.Root, "examples", "seed-4x3090.yaml"), "--format", "json", "--prices", prices);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var lines = doc.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(550, lines.Single(l => l.GetProperty("id").GetString() == "romed8-2t").GetProperty("unit_price_usd").GetDouble());
        Assert.Equal(300, lines.Single(l => l.GetProperty("id").GetString() == "epyc-7502").GetProperty("unit_price_usd").GetDouble());
        Assert.Equal(0, CliRunner.Run("check", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--prices", prices).ExitCode);
    }
}
