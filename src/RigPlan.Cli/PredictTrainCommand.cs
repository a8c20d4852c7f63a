using System.CommandLine;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;
using RigPlan.Core.Workloads.Training;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan predict train`: data-parallel training speed (and, for language models, memory and time to train).</summary>
internal static class PredictTrainCommand
{
    public static Command Create(CliContext context)
    {
        var workload = new Option<string?>("--workload") { Description = "resnet50, bert-base, bert-large or a language model (llama-3-8b, ...)" };
        var gpu = new Option<string?>("--gpu") { Description = "GPU model (\"A100 80GB SXM\")" };
        var count = new Option<int>("--count") { Description = "GPUs per node (default 1)", DefaultValueFactory = _ => 1 };
        var build = new Option<string?>("--build") { Description = "Use the GPUs of a build file's first node" };
        var o = TrainOptions.Create();
        var tokens = new Option<double?>("--tokens") { Description = "Tokens to train on, for the time to train (e.g. 1e9)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var command = new Command("train", "Training speed on GPUs: samples (or tokens) per second, scaling, and for language models memory and time to train") { workload, gpu, count, build, tokens, json };
        o.AddTo(command);
        command.SetAction(r => Run(context, r.GetValue(workload), r.GetValue(gpu), r.GetValue(count), r.GetValue(build), o.Read(r), r.GetValue(tokens), r.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string? workloadText, string? gpuText, int count, string? buildFile, TrainInputs.Options options, double? tokens, bool json)
    {
        var catalog = context.LoadCatalog();
        var models = catalog is null ? null : WorkloadInputs.LoadModels(context);
        var workloads = models is null ? null : TrainInputs.LoadWorkloads(context, models);
        if (catalog is null || models is null || workloads is null)
        {
            return ExitCodes.BadInput;
        }

        var workload = TrainInputs.Workload(context, workloads, models, workloadText);
        var gpus = workload is null ? null : WorkloadInputs.ResolveGpus(context, catalog, gpuText, count, buildFile);
        var setup = gpus is null ? null : TrainInputs.Setup(context, workload!, options, gpus.Count);
        if (workload is null || gpus is null || setup is null)
        {
            return ExitCodes.BadInput;
        }

        if (tokens is { } t && (!double.IsFinite(t) || t is <= 0 or > 1e16 || !workload.HasSequence))
        {
            return context.BadInput(workload.HasSequence ? $"--tokens {t} is outside 1 to 1e16" : $"--tokens applies to sequence models, not {workload.Id}", "e.g. --tokens 1e9");
        }

        if (TrainInputs.FitModels(context, catalog, workloads) is not var (speed, power))
        {
            return ExitCodes.BadInput;
        }

        var p = speed.Predict(workload, gpus, setup, power);
        if (p.Problems is [var problem, ..])
        {
            return context.BadInput($"{problem.Option}: {problem.Message}", problem.Fix);
        }

        var memory = workload.Llm is { } llm ? TrainingMemory.Estimate(llm, setup, [.. gpus.Select(g => g.Vram.Value)]) : null;
        var hours = tokens is { } tk && p.TokensPerSecond is { } tps ? tk / tps / 3600 : (double?)null;
        if (json)
        {
            JsonOutput.Write(context.Stdout, Json(workload, gpus, setup, p, speed, power, memory, tokens, hours));
            return ExitCodes.Ok;
        }

        Human(context.Console, workload, gpus, setup, p, speed, power, memory, tokens, hours);
        return ExitCodes.Ok;
    }

    private static JsonObject Json(TrainWorkload w, List<Gpu> gpus, TrainingSetup s, TrainingSpeedPrediction p, TrainingSpeedModel speed, PowerLimitModel? power, TrainingMemoryReport? memory, double? tokens, double? hours) => new()
    {
        ["workload"] = w.Id,
        ["family"] = w.Family.ToString().ToLowerInvariant(),
        ["gpu"] = gpus[0].Name,
        ["gpus_per_node"] = gpus.Count,
        ["nodes"] = s.Nodes,
        ["precision"] = s.Precision.ToString().ToLowerInvariant(),
        ["method"] = w.Llm is null ? null : s.Method.ToString().ToLowerInvariant(),
        ["batch_per_gpu"] = s.MicroBatch,
        ["seq_len"] = w.HasSequence ? s.SeqLen : null,
        ["samples_per_s"] = Math.Round(p.SamplesPerSecond, 2),
        ["tokens_per_s"] = p.TokensPerSecond is { } tps ? Math.Round(tps, 1) : null,
        ["per_gpu_samples_per_s"] = Math.Round(p.PerGpuSamplesPerSecond, 3),
        ["scaling_efficiency"] = Math.Round(p.ScalingEfficiency, 4),
        ["interconnect"] = p.Link is { } l ? new JsonObject { ["link"] = l.Name, ["gb_per_s_per_direction"] = Math.Round(l.GBps, 2), ["why"] = l.Why } : null,
        ["network_gbps"] = s.Nodes > 1 ? s.NetworkGbps : null,
        ["utilization"] = Math.Round(p.AchievedUtilization, 4),
        ["fitted_compute_utilization"] = Math.Round(p.Fit.Utilization, 4),
        ["flops_per_byte"] = p.Fit.FlopsPerByte is { } i ? Math.Round(i, 2) : null,
        ["peak_tflops_per_gpu"] = Math.Round(p.PeakTflops, 2),
        ["train_gflop_per_sample"] = Math.Round(p.FlopsPerSample / 1e9, 2),
        ["step_seconds"] = Math.Round(p.StepSeconds, 5),
        ["compute_seconds"] = Math.Round(p.ComputeSeconds, 5),
        ["all_reduce_seconds"] = Math.Round(p.AllReduceSeconds, 5),
        ["gradient_gb"] = Math.Round(p.GradientBytes / 1e9, 4),
        ["power_limit_w"] = s.PowerLimitW,
        ["power_fraction"] = Math.Round(p.PowerFraction, 4),
        ["power_alpha"] = power is null ? null : Math.Round(power.Alpha, 4),
        ["median_error"] = Math.Round(p.Fit.MedianError, 4),
        ["calibration_rows"] = p.Fit.Rows,
        ["spearman"] = speed.SpearmanByWorkload.TryGetValue(w.Id, out var rho) ? Math.Round(rho, 3) : null,
        ["memory"] = memory is null ? null : TrainingRender.MemoryJson(memory),
        ["tokens"] = tokens,
        ["train_flops"] = tokens is { } t ? t * TrainingSpeedModel.TrainFlops(w, s) / s.SeqLen : null,
        ["time_to_train_hours"] = hours is { } h ? Math.Round(h, 3) : null,
    };

    private static void Human(IAnsiConsole c, TrainWorkload w, List<Gpu> gpus, TrainingSetup s, TrainingSpeedPrediction p, TrainingSpeedModel speed, PowerLimitModel? power, TrainingMemoryReport? memory, double? tokens, double? hours)
    {
        var where = $"{(s.Nodes > 1 ? $"{s.Nodes} nodes x " : "")}{gpus.Count}x {Markup.Escape(gpus[0].Name)}";
        var method = w.Llm is null ? "" : $"{s.Method.ToString().ToLowerInvariant()} training, ";
        var rate = p.TokensPerSecond is { } tps && w.Family == TrainFamily.Llm ? $"{tps:#,0} tokens/s" : $"{p.SamplesPerSecond:#,0.#} {(w.HasSequence ? "sequences" : "images")}/s";
        c.MarkupLine($"[bold]{Markup.Escape(w.Name)}[/], {method}{TrainingRender.Precision(s.Precision, gpus[0])} on {where}: about [bold]{rate}[/] ({p.PerGpuSamplesPerSecond:#,0.##} samples/s per GPU).");
        var unit = w.HasSequence ? $"sequence of {s.SeqLen:N0} tokens" : "224x224 image";
        var memoryTerm = p.Fit.FlopsPerByte is { } i ? $", plus memory traffic of 1 byte per {i:0.#} FLOPs at {gpus.Min(g => g.MemoryBandwidth.Value):0} GB/s" : "";
        c.MarkupLine($"  Compute: {p.FlopsPerSample / 1e12:0.###} TFLOP per {unit} ({TrainingRender.FlopsRule(w, s)}) at {p.PeakTflops:0.#} dense TFLOPS per GPU, the matrix math at {p.Fit.Utilization:P0} of that{memoryTerm}: {p.ComputeSeconds:0.###} s per step of {s.MicroBatch} per GPU, {p.AchievedUtilization:P0} of peak overall.");
        if (p.Link is not null || s.Nodes > 1)
        {
            var over = p.Link is { } l ? Markup.Escape(l.Why) : "one GPU per node";
            var network = s.Nodes > 1 ? $", and {s.NetworkGbps:0.#} Gb/s between nodes" : "";
            c.MarkupLine($"  Gradients: {p.GradientBytes / 1e9:0.###} GB all-reduced per step over {over}{network}: {p.AllReduceSeconds:0.###} s, overlapped with the backward pass; scaling efficiency [bold]{p.ScalingEfficiency:P0}[/].");
        }

        if (s.PowerLimitW is { } watts && power is not null)
        {
            c.MarkupLine($"  Power limit {watts:0} W on a {gpus[0].Tdp.Value:0} W card keeps {p.PowerFraction:P0} of the speed ((P/TDP)^{power.Alpha:0.###}, fitted to {power.Points.Length} reduced-power measurements{(watts / gpus[0].Tdp.Value < power.LowestMeasured ? "; below the lowest limit measured, so extrapolated" : "")}).");
        }

        if (memory is not null)
        {
            c.MarkupLine($"  Memory: {TrainingRender.Verdict(memory)}; see `rigplan fit --train`.");
        }

        if (tokens is { } t && hours is { } h)
        {
            c.MarkupLine($"  Time: {t:#,0} tokens take about [bold]{TrainingRender.Duration(h)}[/] ({t * TrainingSpeedModel.TrainFlops(w, s) / s.SeqLen:0.##e+0} FLOPs: {Markup.Escape(TrainingRender.FlopsRule(w, s))}).");
        }

        if (TrainingRender.WindowNote(w, s) is { } note)
        {
            c.MarkupLine("  " + note);
        }

        var rho = speed.SpearmanByWorkload.TryGetValue(w.Id, out var r) ? $"; predicted and measured rank the GPUs alike with Spearman {r:0.00}" : "";
        c.MarkupLine($"[grey]Fitted to {p.Fit.Rows} {w.Family.ToString().ToLowerInvariant()} measurements in data/models/train_measurements.csv (one set of factors per workload family, none per GPU): median error {p.Fit.MedianError:P0}{rho}. Expect errors of that order, more for software unlike that measured.[/]");
    }
}
