using System.Text.Json;
using RigPlan.Testing;

namespace RigPlan.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("plan", "--gpus", "4", "--min-vram-per-gpu", "24", "--top", "3", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.Equal("tflops-per-dollar", root.GetProperty("objective").GetString());
        foreach (var field in new[] { "objective_value", "solve_ms", "build", "summary", "findings", "alternatives" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(4, root.GetProperty("build").GetProperty("nodes")[0].GetProperty("gpus")[0].GetProperty("count").GetInt32());
        Assert.Equal(2, root.GetProperty("alternatives").GetArrayLength());
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Plan_Out_WritesABuildFileThatChecksClean()
    {
        using var temp = TempFile.Named(".yaml");
        var file = temp.Path;
        Assert.Equal(0, CliRunner.Run("plan", "--gpus", "2-4", "--min-vram-per-gpu", "16", "--out", file).ExitCode);
        var check = CliRunner.Run("check", file);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(0, CliRunner.Run("bom", file).ExitCode);
    }

    [Fact]
    public void Plan_Infeasible_ExplainsAndExits1()
    {
        var result = CliRunner.Run("plan", "--gpus", "4", "--min-vram-per-gpu", "24", "--budget", "1000");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no build under $1,000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Compare_ShowsWhyItBeatsTheFoundingBuild()
    {
        var result = CliRunner.Run("plan", "--gpus", "4", "--min-vram-per-gpu", "24", "--compare", Path.Combine(Repo.Root, "examples", "seed-4x3090.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 error(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("TFLOPS per $1000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Exhaustive_AgreesWithExactOnARestrictedSearch()
    {
        string Objective(string solver)
        {
            using var doc = JsonDocument.Parse(CliRunner.Run("plan", "--gpus", "2", "--min-vram-per-gpu", "32", "--solver", solver, "--json").Stdout);
            return doc.RootElement.GetProperty("objective_value").ToString();
        }

        Assert.Equal(Objective("exact"), Objective("exhaustive"));
        Assert.Equal(Objective("exact"), Objective("cpsat"));
    }

    [Fact]
    public void Plan_CpSat_NamesItsSolverAndRefusesPareto()
    {
        var result = CliRunner.Run("plan", "--gpus", "4", "--min-vram-per-gpu", "24", "--solver", "cpsat");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cpsat solver", result.Output, StringComparison.Ordinal);
        var pareto = CliRunner.Run("plan", "--solver", "cpsat", "--pareto");
        Assert.Equal(2, pareto.ExitCode);
        Assert.Contains("--pareto is not available with --solver cpsat", pareto.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--gpus", "four", "not a GPU count")]
    [InlineData("--gpus", "1000000000", "more than RigPlan plans")]
    [InlineData("--gpus", "99999999999", "not a GPU count")]
    [InlineData("--gpus", "3000", "more than RigPlan plans")]
    [InlineData("--budget", "-5", "not a usable amount")]
    [InlineData("--objective", "fastest", "not an objective")]
    [InlineData("--solver", "magic", "not a solver")]
    [InlineData("--form", "cube", "not an enclosure")]
    [InlineData("--time-limit", "1e12", "not a time RigPlan accepts")]
    [InlineData("--voltage", "NaN", "the site is out of range")]
    public void Plan_BadInput_Exits2(string option, string value, string expected)
    {
        var result = CliRunner.Run("plan", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MaxTflopsWithoutBudget_Exits2() =>
        Assert.Equal(2, CliRunner.Run("plan", "--objective", "max-tflops").ExitCode);
}

public class RequirementsFileTests
{
    [Fact]
    public void Plan_RequirementsFile_IsUsedAndOptionsOverrideIt()
    {
        var path = Path.Combine(Repo.Root, "examples", "requirements-founding.yaml");
        using var fromFile = JsonDocument.Parse(CliRunner.Run("plan", "--requirements", path, "--json").Stdout);
        var nodes = fromFile.RootElement.GetProperty("build").GetProperty("nodes")[0];
        Assert.Equal(4, nodes.GetProperty("gpus")[0].GetProperty("count").GetInt32());
        Assert.Equal("romed8-2t", nodes.GetProperty("motherboard").GetString());
        using var overridden = JsonDocument.Parse(CliRunner.Run("plan", "--requirements", path, "--gpus", "2", "--json").Stdout);
        Assert.Equal(2, overridden.RootElement.GetProperty("build").GetProperty("nodes")[0].GetProperty("gpus")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public void Plan_RequiredGpu_IsUsed()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("plan", "--require", "RTX 3090", "--gpus", "2", "--json").Stdout);
        Assert.Equal("rtx-3090", doc.RootElement.GetProperty("build").GetProperty("nodes")[0].GetProperty("gpus")[0].GetProperty("part").GetString());
    }

    [Fact]
    public void Plan_BadRequirementsFile_ListsEveryProblem()
    {
        using var temp = TempFile.With("gpus: lots\nbudgt: 5000\nrequire: [RTX 9999]\nobjective: fastest\n");
        var path = temp.Path;
        var result = CliRunner.Run("plan", "--requirements", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:1: field 'gpus'", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'budget'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:3: field 'require'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4: field 'objective'", result.Error, StringComparison.Ordinal);
    }
}

public class FitCommandTests
{
    [Fact]
    public void Fit_Llama70bQ4On2x3090_FitsWithALayerSplit()
    {
        var result = CliRunner.Run("fit", "--model", "llama-3-70b", "--quant", "q4_k_m", "--gpu", "RTX 3090", "--count", "2", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.True(doc.RootElement.GetProperty("fits").GetBoolean());
        Assert.Equal("layer split", doc.RootElement.GetProperty("strategy").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("vram_per_gpu_gb").GetArrayLength());
    }

    [Fact]
    public void Fit_Build_UsesItsGpus()
    {
        var result = CliRunner.Run("fit", "--model", "llama-3-70b", "--quant", "fp16", "--build", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("does not fit", result.Output, StringComparison.Ordinal);
        Assert.Contains("It fits on 8x", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--model", "llama-9-1t", "not a model")]
    [InlineData("--quant", "q3_x", "not a weight format")]
    [InlineData("--kv-cache", "fp4", "not a KV-cache format")]
    [InlineData("--batch", "-1", "outside 1 to 4096")]
    public void Fit_BadInput_Exits2(string option, string value, string expected)
    {
        var args = new List<string> { "fit", "--model", "llama-3-8b", "--gpu", "RTX 4090" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}

public class PredictCommandTests
{
    [Fact]
    public void PredictLlm_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--count", "2", "--model", "llama-3-70b", "--quant", "q4_k_m", "--prompt", "512", "--gen", "128", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("fits").GetBoolean());
        Assert.Equal(2, root.GetProperty("vram_per_gpu_gb").GetArrayLength());
        var decode = root.GetProperty("decode_tokens_per_s").GetDouble();
        Assert.InRange(decode, 0.1, root.GetProperty("decode_ceiling_tokens_per_s").GetDouble());
        Assert.True(root.GetProperty("prefill_tokens_per_s").GetDouble() > decode);
        Assert.True(root.GetProperty("calibration_measurements").GetInt32() > 20);
    }

    [Fact]
    public void PredictLlm_Text_ExplainsTheNumbers()
    {
        var result = CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--count", "2", "--model", "llama-3-70b", "--quant", "q4_k_m");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tokens/s", result.Output, StringComparison.Ordinal);
        Assert.Contains("fitted to", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictLlm_UnknownModel_Exits2() =>
        Assert.Equal(2, CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--model", "gpt-9").ExitCode);
}

public class TcoCommandTests
{
    [Fact]
    public void Tco_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--utilization", "0.6", "--kwh-price", "0.15", "--years", "3", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        foreach (var field in new[] { "own_total_usd", "rent_total_usd", "break_even_months", "rent_basis" })
        {
            Assert.True(doc.RootElement.TryGetProperty(field, out _), field);
        }

        Assert.True(doc.RootElement.GetProperty("own_total_usd").GetDouble() > 0);
    }

    [Fact]
    public void Tco_UnpricedGpus_GiveNoBreakEven()
    {
        // A copy of the catalog without the L40S's prices, so the example's GPUs are unpriced.
        using var catalog = TempCatalog.Copy().Edit("prices.csv", t => string.Join('\n', t.Split('\n').Where(l => !l.StartsWith("l40s,", StringComparison.Ordinal))));
        using var doc = JsonDocument.Parse(CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "server-8xl40s.yaml"), "--json", "--catalog", catalog.Directory).Stdout);
        Assert.False(doc.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("break_even_months").ValueKind);
    }

    [Theory]
    [InlineData("--utilization", "-0.6")]
    [InlineData("--utilization", "1.5")]
    [InlineData("--years", "0")]
    [InlineData("--kwh-price", "-1")]
    public void Tco_BadInput_Exits2(string option, string value) =>
        Assert.Equal(2, CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), option, value).ExitCode);
}

public class WorkloadChartTests
{
    [Fact]
    public void TcoAndPredict_Plot_WriteCharts()
    {
        using var tco = TempFile.Named(".svg");
        using var speed = TempFile.Named(".png");
        Assert.Equal(0, CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--plot", tco.Path).ExitCode);
        Assert.Contains("<svg", File.ReadAllText(tco.Path), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--model", "llama-3-70b", "--quant", "q4_k_m", "--plot", speed.Path).ExitCode);
        Assert.True(new FileInfo(speed.Path).Length > 5_000);
        Assert.Equal(2, CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--plot", "chart.pdf").ExitCode);
    }
}

public class ClusterCommandTests
{
    [Fact]
    public void Check_ClusterExample_ReportsItsNetwork()
    {
        var result = CliRunner.Run("check", Path.Combine(Repo.Root, "examples", "cluster-4x-seed.yaml"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.StartsWith("4 machines on MikroTik CRS309", doc.RootElement.GetProperty("summary").GetProperty("network").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownSwitch_Exits2WithTheKeyPath()
    {
        using var file = TempFile.With(File.ReadAllText(Path.Combine(Repo.Root, "examples", "cluster-4x-seed.yaml")).Replace("switch: MikroTik CRS309", "switch: Cisco Nexus 9000", StringComparison.Ordinal));
        var result = CliRunner.Run("check", file.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("network.switch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SixteenGpus_ChoosesANodeCountAndItsNetwork_AndTheFileChecksClean()
    {
        using var file = TempFile.Named();
        var result = CliRunner.Run("plan", "--gpus", "16", "--min-vram-per-gpu", "24", "--voltage", "240", "--circuit-amps", "30", "--circuits", "4", "--json", "--out", file.Path);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        var nodes = root.GetProperty("nodes").GetInt32();
        var kinds = root.GetProperty("build").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(16, kinds.Sum(k => k.GetProperty("count").GetInt32() * k.GetProperty("gpus")[0].GetProperty("count").GetInt32()));
        Assert.Equal(nodes, kinds.Sum(k => k.GetProperty("count").GetInt32()));
        Assert.Equal(kinds.Count > 1, root.GetProperty("mixed_nodes").GetBoolean());
        Assert.Equal(nodes >= 3, root.GetProperty("build").GetProperty("network").ValueKind == JsonValueKind.Object);
        Assert.Equal(0, CliRunner.Run("check", file.Path).ExitCode);
    }

    [Theory]
    [InlineData("--nodes", "many")]
    [InlineData("--nodes", "0")]
    [InlineData("--gpus", "1000000000")]
    public void Plan_BadClusterInput_Exits2(string option, string value) =>
        Assert.Equal(2, CliRunner.Run("plan", option, value).ExitCode);

    [Fact]
    public void Plan_PerNodeCountOverANodesCapacity_Exits2()
    {
        var result = CliRunner.Run("plan", "--nodes", "2", "--gpus", "100");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("more GPUs than one node holds", result.Error, StringComparison.Ordinal);
    }
}

public class WorkloadPlanCommandTests
{
    [Fact]
    public void Plan_ModelAndSpeed_ReturnsTheCheapestBuildThatMeetsIt()
    {
        var result = CliRunner.Run("plan", "--model", "llama-3-70b", "--quant", "Q4_K_M", "--min-decode-tps", "15", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("min-cost", root.GetProperty("objective").GetString());
        var workload = root.GetProperty("workload");
        Assert.Equal("llama-3-70b", workload.GetProperty("model").GetString());
        Assert.True(workload.GetProperty("decode_tokens_per_s").GetDouble() >= 15);
    }

    [Fact]
    public void Plan_DecodeObjective_ReportsTokensPerSecondPerDollar()
    {
        var result = CliRunner.Run("plan", "--model", "llama-3-8b", "--quant", "q4_k_m", "--objective", "decode-tps-per-dollar");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tokens/s per $1000", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--objective decode-tps-per-dollar", "needs a model")]
    [InlineData("--min-decode-tps 15", "describe a --model")]
    [InlineData("--model llama-3-71b", "did you mean")]
    [InlineData("--model llama-3-70b --quant q3_xyz", "not a weight format")]
    [InlineData("--model llama-3-70b --min-decode-tps -3", "not a usable speed")]
    public void Plan_BadWorkloadInput_Exits2(string args, string expected)
    {
        var result = CliRunner.Run(["plan", .. args.Split(' ')]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}

public class WorkloadRequirementsFileTests
{
    [Fact]
    public void Plan_RequirementsWithAWorkload_PlansTheCheapestBuildThatServesIt()
    {
        var result = CliRunner.Run("plan", "--requirements", Path.Combine(Repo.Root, "examples", "requirements-llama70b.yaml"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("min-cost", doc.RootElement.GetProperty("objective").GetString());
        Assert.True(doc.RootElement.GetProperty("workload").GetProperty("decode_tokens_per_s").GetDouble() >= 12);
        Assert.Equal(8192, doc.RootElement.GetProperty("workload").GetProperty("context").GetInt32());
    }

    [Fact]
    public void Plan_RequirementsWithAnUnknownModel_NamesTheFileAndLine()
    {
        using var file = TempFile.With("workload:\n  model: llama-3-7b\n");
        var result = CliRunner.Run("plan", "--requirements", file.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file.Path}:1 workload.model", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }
}

public class PredictTensorParallelTests
{
    [Fact]
    public void PredictLlm_Tensor_ReportsTheStrategyAndTheAllReduce()
    {
        var result = CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--count", "4", "--model", "llama-3-70b", "--quant", "q4_k_m", "--strategy", "tensor", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("tensor parallel", doc.RootElement.GetProperty("strategy").GetString());
        Assert.True(doc.RootElement.GetProperty("all_reduce_us").GetDouble() > 0);
        Assert.Equal(2, CliRunner.Run("predict", "llm", "--gpu", "RTX 3090", "--count", "2", "--model", "llama-3-70b", "--strategy", "pipeline").ExitCode);
    }
}

public class PowerCapFixTests
{
    [Fact]
    public void Check_SeedBuild_PowerCapFixSaysWhatTheCapCosts()
    {
        var result = CliRunner.Run("check", Path.Combine(Repo.Root, "examples", "seed-4x3090.yaml"), "--json");
        using var doc = JsonDocument.Parse(result.Stdout);
        var fix = doc.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "power.psu-capacity").GetProperty("fix").GetString()!;
        Assert.Matches(@"cap each GPU at 240 W .*keeps about \d+ % of training speed", fix);
    }
}

public class PowerCapPlanCommandTests
{
    [Fact]
    public void Plan_PowerCaps_CapsTheFoundingGpusToFitTheCircuit()
    {
        var without = CliRunner.Run("plan", "--gpus", "4", "--require", "rtx-3090");
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("--power-caps", without.Output, StringComparison.Ordinal);

        var with = CliRunner.Run("plan", "--gpus", "4", "--require", "rtx-3090", "--power-caps", "--json");
        Assert.Equal(0, with.ExitCode);
        using var doc = JsonDocument.Parse(with.Stdout);
        Assert.True(doc.RootElement.GetProperty("build").GetProperty("nodes")[0].GetProperty("gpus")[0].GetProperty("power_limit_w").GetDouble() < 350);
    }
}

public class TcoPerTokenCommandTests
{
    [Fact]
    public void Tco_WithAModel_GivesTheCostPerMillionTokens()
    {
        var result = CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--model", "llama-3-8b", "--quant", "q4_k_m", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.True(doc.RootElement.GetProperty("tokens_per_s").GetDouble() > 0);
        Assert.True(doc.RootElement.GetProperty("own_usd_per_million_tokens").GetDouble() > 0);
        Assert.Equal(2, CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--model", "llama-9-9b").ExitCode);
        Assert.Equal(2, CliRunner.Run("tco", Path.Combine(Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--model", "llama-3-8b", "--batch", "0").ExitCode);
    }
}
