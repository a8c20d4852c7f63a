using System.Diagnostics;
using RigPlan.Testing;

namespace RigPlan.Cli.Tests;

/// <summary>The README's commands, run as a newcomer runs them: through the ./rigplan wrapper, as a process.</summary>
public class ReadmeCommandTests
{
    private static (int Code, string Out, string Err) RunWrapper(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, "rigplan"))
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "rigplan did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Readme_PlanFoundingRequirement_ReturnsAnOptimalBuildThatBeatsTheFoundingOne()
    {
        var (code, output, error) = RunWrapper("plan", "--gpus", "4", "--min-vram-per-gpu", "24", "--compare", "examples/seed-4x3090.yaml");
        Assert.True(code == 0, error);
        Assert.Contains("optimal", output, StringComparison.Ordinal);
        Assert.Contains("3 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_CheckSeedBuild_ExplainsAndExits1()
    {
        var (code, output, _) = RunWrapper("check", "examples/seed-4x3090.yaml");
        Assert.Equal(1, code);
        Assert.Contains("power.circuit", output, StringComparison.Ordinal);
        Assert.Equal(0, RunWrapper("check", "examples/seed-4x3090-fixed.yaml").Code);
    }

    [Fact]
    public void Readme_PredictTrain_PrintsOneJsonDocument()
    {
        var (code, output, error) = RunWrapper("predict", "train", "--gpu", "A100 80GB SXM", "--count", "4", "--workload", "resnet50", "--precision", "fp16", "--json");
        Assert.True(code == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("samples_per_s").GetDouble() > 0);
    }

    [Fact]
    public void Readme_GpusMinVram24_PrintsARankedTable()
    {
        var (code, output, error) = RunWrapper("gpus", "--min-vram", "24");
        Assert.True(code == 0, error);
        Assert.Contains("GeForce RTX 4090", output, StringComparison.Ordinal);
        Assert.Contains("★", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_GpusPlot_WritesTheChart()
    {
        using var temp = TempFile.Named(".svg");
        var file = temp.Path;
        var (code, _, error) = RunWrapper("gpus", "--plot", file);
        Assert.True(code == 0, error);
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    [Fact]
    public void Readme_BadInput_Exits2WithoutAStackTrace()
    {
        var (code, _, error) = RunWrapper("parts", "show", "RTX 3095");
        Assert.Equal(2, code);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
