using System.Text.Json;

namespace RigPlan.Cli.Tests;

public class PredictTrainCommandTests
{
    [Fact]
    public void PredictTrain_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "A100 80GB SXM", "--count", "4", "--workload", "resnet50", "--precision", "fp16", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        foreach (var field in new[] { "samples_per_s", "scaling_efficiency", "per_gpu_samples_per_s", "interconnect", "utilization", "median_error", "spearman", "calibration_rows", "peak_tflops_per_gpu" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var total = root.GetProperty("samples_per_s").GetDouble();
        Assert.Equal(total / 4, root.GetProperty("per_gpu_samples_per_s").GetDouble(), 1);
        Assert.InRange(root.GetProperty("scaling_efficiency").GetDouble(), 0.5, 1);
        Assert.Equal("NVLink", root.GetProperty("interconnect").GetProperty("link").GetString());

        // Measured: 6,070 images/s on 4x A100 80GB SXM4 (Lambda); the model's median error is about 13 %.
        Assert.InRange(total, 6070 * 0.6, 6070 * 1.6);
    }

    [Fact]
    public void PredictTrain_LanguageModel_GivesTokensMemoryAndTime()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "A100 80GB SXM", "--count", "8", "--workload", "llama-3-8b", "--method", "full", "--zero", "3", "--seq-len", "2048", "--batch", "2", "--tokens", "1e9", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        var tps = root.GetProperty("tokens_per_s").GetDouble();
        Assert.True(tps > 0);
        Assert.Equal(1e9 / tps / 3600, root.GetProperty("time_to_train_hours").GetDouble(), 2);
        var memory = root.GetProperty("memory");
        Assert.True(memory.GetProperty("fits").GetBoolean());
        Assert.Equal(8, memory.GetProperty("per_gpu").GetArrayLength());
    }

    [Fact]
    public void PredictTrain_Human_ExplainsTheReasoning()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "RTX 3090", "--count", "2", "--workload", "bert-large", "--power-limit", "280");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sequences/s", result.Output, StringComparison.Ordinal);
        Assert.Contains("all-reduced", result.Output, StringComparison.Ordinal);
        Assert.Contains("Power limit 280 W", result.Output, StringComparison.Ordinal);
        Assert.Contains("median error", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictTrain_MoreNodes_ReportsTheNetwork()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "H100 SXM", "--count", "8", "--nodes", "2", "--network-gbps", "400", "--workload", "llama-3-8b", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(400, doc.RootElement.GetProperty("network_gbps").GetDouble());
        Assert.Equal(2, doc.RootElement.GetProperty("nodes").GetInt32());
    }

    [Fact]
    public void PredictTrain_Build_ReplacesGpuAndCount()
    {
        var result = CliRunner.Run("predict", "train", "--build", Path.Combine(RigPlan.Testing.Repo.Root, "examples", "seed-4x3090-fixed.yaml"), "--workload", "resnet50", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(4, doc.RootElement.GetProperty("gpus_per_node").GetInt32());
    }

    [Theory]
    [InlineData("--workload", "resnet5000", "--workload")]
    [InlineData("--precision", "fp8", "--precision")]
    [InlineData("--method", "dpo", "--method")]
    [InlineData("--zero", "5", "--zero")]
    [InlineData("--count", "-2", "--count")]
    [InlineData("--nodes", "0", "--nodes")]
    [InlineData("--network-gbps", "-1", "--network-gbps")]
    [InlineData("--power-limit", "-50", "--power-limit")]
    [InlineData("--seq-len", "0", "--seq-len")]
    [InlineData("--batch", "0", "--batch")]
    [InlineData("--offload", "disk", "--offload")]
    [InlineData("--checkpointing", "some", "--checkpointing")]
    [InlineData("--tokens", "-1", "--tokens")]
    public void PredictTrain_BadInput_Exits2NamingTheOption(string option, string value, string named)
    {
        var args = new List<string> { "predict", "train", "--gpu", "RTX 3090", "--workload", "llama-3-8b" };
        var i = args.IndexOf(option);
        if (i >= 0)
        {
            args[i + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Contains("fix:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictTrain_LoraOnResNet_Exits2()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "RTX 3090", "--workload", "resnet50", "--method", "lora");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--method", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictTrain_Bf16OnV100_Exits2()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "V100 SXM2 32GB", "--workload", "resnet50", "--precision", "bf16");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--precision", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictTrain_OffloadAllWithoutZero3_Exits2WithTheFix()
    {
        var result = CliRunner.Run("predict", "train", "--gpu", "RTX 3090", "--workload", "llama-3-8b", "--offload", "all", "--zero", "2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--zero 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTrain_Lora13BOnTwo3090s_ShowsTheBreakdownAndWhatToChange()
    {
        // 13e9 x 2 bytes of frozen weights alone exceed one 24 GB card: every GPU of a data-parallel pair holds them all.
        var result = CliRunner.Run("fit", "--train", "--model", "llama-2-13b", "--method", "lora", "--gpu", "RTX 3090", "--count", "2");
        Assert.Equal(0, result.ExitCode);
        foreach (var column in new[] { "Weights", "Gradients", "Optimizer", "Activations", "Overhead" })
        {
            Assert.Contains(column, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("does not fit", result.Output, StringComparison.Ordinal);
        Assert.Contains("--zero 3", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTrain_Lora13BSharded_Fits()
    {
        var result = CliRunner.Run("fit", "--train", "--model", "llama-2-13b", "--method", "lora", "--gpu", "RTX 3090", "--count", "2", "--zero", "3", "--batch", "1", "--checkpointing", "full");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fits", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not fit", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTrain_Json_SaysWhetherItFitsAndTheRam()
    {
        var result = CliRunner.Run("fit", "--train", "--model", "llama-3-70b", "--gpu", "RTX 3090", "--count", "8", "--zero", "3", "--offload", "all", "--checkpointing", "full", "--batch", "1", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.True(doc.RootElement.GetProperty("fits").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("ram_per_node_gib").GetDouble() > 1000);
        Assert.Equal(8, doc.RootElement.GetProperty("per_gpu").GetArrayLength());
    }

    [Fact]
    public void FitTrain_UnknownModel_Exits2WithASuggestion()
    {
        var result = CliRunner.Run("fit", "--train", "--model", "llama-3-8c", "--gpu", "RTX 3090");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_Inference_StillDefaultsToOneSequence()
    {
        var result = CliRunner.Run("fit", "--model", "llama-3-8b", "--gpu", "RTX 3090", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("batch").GetInt32());
    }
}
