using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan fit`: does a model fit on these GPUs for inference, how is it split, and what does each GPU hold.</summary>
internal static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<string>("--model") { Description = "Model id (llama-3-70b, qwen2.5-32b, ...; `rigplan fit --list` shows them)" };
        var quant = new Option<string>("--quant") { Description = "Weight format: fp16 (default), bf16, fp8, int8, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, awq-4bit, gptq-4bit", DefaultValueFactory = _ => "fp16" };
        var gpu = new Option<string?>("--gpu") { Description = "GPU model, as you would write it (\"RTX 3090\")" };
        var count = new Option<int>("--count") { Description = "How many of --gpu (default 1)", DefaultValueFactory = _ => 1 };
        var build = new Option<string?>("--build") { Description = "Use the GPUs of a build file's first node instead of --gpu/--count" };
        var ctx = new Option<int?>("--context") { Description = "Tokens of context per sequence (default 4096, at most the model's window)" };
        var batch = new Option<int?>("--batch") { Description = "Sequences served at once (default 1); with --train, sequences per GPU per step (default 8)" };
        var kv = new Option<string>("--kv-cache") { Description = "KV-cache format: fp16 (default), fp8, q8_0, q4_0", DefaultValueFactory = _ => "fp16" };
        var strategy = new Option<string>("--strategy") { Description = "auto (default: layer split), layer or tensor", DefaultValueFactory = _ => "auto" };
        var list = new Option<bool>("--list") { Description = "List the models and weight formats" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var train = new Option<bool>("--train") { Description = "Training memory instead: weights, gradients, optimizer and activations per GPU (--method, --zero, --offload, ...)" };
        var command = new Command("fit", "Does a model fit on these GPUs for inference (or, with --train, for training), and how") { model, quant, gpu, count, build, ctx, batch, kv, strategy, list, json, train };
        var trainOptions = TrainOptions.Sharing(batch);
        trainOptions.AddTo(command, withBatch: false);
        command.SetAction(r => r.GetValue(train)
            ? FitTrainView.Run(context, r.GetValue(model), r.GetValue(gpu), r.GetValue(count), r.GetValue(build), trainOptions.Read(r), r.GetValue(json))
            : Run(context, r.GetValue(model), r.GetValue(quant)!, r.GetValue(gpu), r.GetValue(count), r.GetValue(build), r.GetValue(ctx), r.GetValue(batch) ?? 1, r.GetValue(kv)!, r.GetValue(strategy)!, r.GetValue(list), r.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string? modelText, string quantText, string? gpuText, int count, string? buildFile, int? contextTokens, int batch, string kvText, string strategyText, bool list, bool json)
    {
        var catalog = context.LoadCatalog();
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        var models = WorkloadInputs.LoadModels(context);
        if (models is null)
        {
            return ExitCodes.BadInput;
        }

        if (list)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Model", "Params (B)", "Layers", "KV heads", "Context", "KV per 1k tokens (fp16)");
            foreach (var m in models.Models)
            {
                var kvk = InferenceMemory.KvBytesPerToken(m, 2) is { } b ? $"{b * 1000 / InferenceMemory.Gib:0.###} GiB" : "not modelled";
                table.AddRow(m.Id, m.ParamsB.ToString("0.#", CultureInfo.InvariantCulture), m.Layers.ToString(CultureInfo.InvariantCulture), m.KvHeads.ToString(CultureInfo.InvariantCulture), m.ContextLength.ToString("N0", CultureInfo.InvariantCulture), kvk);
            }

            context.Console.Write(table);
            context.Console.MarkupLine("Weight formats: " + Markup.Escape(string.Join(", ", models.Formats.Select(f => $"{f.Id} ({f.BitsPerWeight.ToString(CultureInfo.InvariantCulture)} bits)"))));
            return ExitCodes.Ok;
        }

        var inputs = WorkloadInputs.Resolve(context, catalog, models, modelText, quantText, gpuText, count, buildFile, kvText);
        if (inputs is null)
        {
            return ExitCodes.BadInput;
        }

        var (model, format, gpus, kvBytes) = inputs;
        SplitStrategy? strategy = strategyText.ToLowerInvariant() switch
        {
            "auto" or "layer" => null,
            "tensor" => SplitStrategy.TensorParallel,
            _ => (SplitStrategy?)SplitStrategy.Single,
        };
        if (strategyText.ToLowerInvariant() is not ("auto" or "layer" or "tensor"))
        {
            return context.BadInput($"--strategy '{strategyText}' is not a split", "use auto, layer or tensor");
        }

        if (batch is < 1 or > 4096)
        {
            return context.BadInput($"--batch {batch} is outside 1 to 4096", "give a realistic number");
        }

        var tokens = Math.Min(contextTokens ?? 4096, model.ContextLength);
        if (contextTokens is < 1)
        {
            return context.BadInput($"--context {contextTokens} must be at least 1", "give tokens of context, e.g. --context 8192");
        }

        var fit = InferenceMemory.Estimate(model, format, [.. gpus.Select(g => g.Vram.Value)], tokens, batch, kvBytes, gpus.Count == 1 ? null : strategy);
        var minimum = InferenceMemory.MinimumGpus(model, format, gpus[0].Vram.Value, tokens, batch, kvBytes);
        if (json)
        {
            JsonOutput.Write(context.Stdout, new JsonObject
            {
                ["model"] = model.Id,
                ["quant"] = format.Id,
                ["fits"] = fit.Fits,
                ["strategy"] = Strategy(fit.Strategy),
                ["context"] = tokens,
                ["batch"] = batch,
                ["weights_gib"] = Math.Round(fit.WeightsGib, 2),
                ["kv_cache_gib"] = fit.KvCacheGib is { } k ? Math.Round(k, 2) : null,
                ["vram_per_gpu_gb"] = new JsonArray([.. fit.PerGpu.Select(g => (JsonNode?)JsonValue.Create(Math.Round(g.TotalGib, 2)))]),
                ["capacity_per_gpu_gb"] = new JsonArray([.. fit.PerGpu.Select(g => (JsonNode?)JsonValue.Create(g.CapacityGib))]),
                ["minimum_gpus"] = minimum,
            });
            return ExitCodes.Ok;
        }

        var console = context.Console;
        var verdict = fit.KvCacheGib is null
            ? "[yellow]cannot tell[/]: RigPlan does not model this model's attention (its KV cache is not head-shaped)"
            : fit.Fits ? "[green bold]fits[/]" : $"[red bold]does not fit[/]: GPU {fit.Fullest.Gpu} would need {fit.Fullest.TotalGib:0.#} GiB of its {fit.Fullest.CapacityGib:0} GiB";
        console.MarkupLine($"{Markup.Escape(model.Name)} in {Markup.Escape(format.Name)} on {gpus.Count}x {Markup.Escape(gpus[0].Name)}, {tokens:N0} tokens x {batch}: {verdict}");
        var table2 = new Table().Border(TableBorder.Rounded).AddColumns("GPU", "Layers", "Weights", "KV cache", "Overhead", "Total", "Of");
        foreach (var g in fit.PerGpu)
        {
            var color = g.Fits ? "green" : "red";
            table2.AddRow(g.Gpu.ToString(CultureInfo.InvariantCulture), g.Layers.ToString(CultureInfo.InvariantCulture), $"{g.WeightsGib:0.0} GiB", $"{g.KvCacheGib:0.0} GiB", $"{g.OverheadGib:0.0} GiB", $"[{color}]{g.TotalGib:0.0} GiB[/]", $"{g.CapacityGib:0} GiB");
        }

        console.Write(table2);
        console.MarkupLine($"Split: {Strategy(fit.Strategy)}. Weights {fit.WeightsGib:0.0} GiB ({model.ParamsB:0.#}B parameters x {format.BitsPerWeight} bits); KV cache {(fit.KvCacheGib is { } kvc ? $"{kvc:0.0} GiB" : "not modelled")} ({model.Layers} layers x {model.KvHeads} KV heads x {model.HeadDim?.ToString(CultureInfo.InvariantCulture) ?? "?"} x 2 x {kvBytes:0.##} bytes per token).");
        if (!fit.Fits && minimum is { } min)
        {
            console.MarkupLine($"[yellow]It fits on {min}x {Markup.Escape(gpus[0].Name)}[/] with a layer split, or try a smaller format (--quant q4_k_m) or a shorter context.");
        }

        if (contextTokens > model.ContextLength)
        {
            console.MarkupLine($"[yellow]--context {contextTokens:N0} is longer than the model's {model.ContextLength:N0}-token window; the window was used.[/]");
        }

        console.MarkupLine("[grey]Overhead is RigPlan's allowance (CUDA context and compute buffers), not a measurement; a split fails on its fullest GPU.[/]");
        return ExitCodes.Ok;
    }

    private static string Strategy(SplitStrategy s) => s switch
    {
        SplitStrategy.Single => "single GPU",
        SplitStrategy.LayerSplit => "layer split",
        _ => "tensor parallel",
    };
}
