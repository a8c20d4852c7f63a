using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Workloads;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan predict llm`: will it fit, and how fast will it run, with the reasoning behind the numbers.</summary>
internal static class PredictCommand
{
    public static Command Create(CliContext context)
    {
        var model = new Option<string>("--model") { Description = "Model id (llama-3-70b, ...)" };
        var quant = new Option<string>("--quant") { Description = "Weight format (fp16, q4_k_m, ...)", DefaultValueFactory = _ => "fp16" };
        var gpu = new Option<string?>("--gpu") { Description = "GPU model (\"RTX 3090\")" };
        var count = new Option<int>("--count") { Description = "How many of --gpu (default 1)", DefaultValueFactory = _ => 1 };
        var build = new Option<string?>("--build") { Description = "Use the GPUs of a build file's first node" };
        var prompt = new Option<int>("--prompt") { Description = "Prompt tokens (default 512)", DefaultValueFactory = _ => 512 };
        var gen = new Option<int>("--gen") { Description = "Tokens to generate (default 128)", DefaultValueFactory = _ => 128 };
        var batch = new Option<int>("--batch") { Description = "Sequences at once (default 1)", DefaultValueFactory = _ => 1 };
        var kv = new Option<string>("--kv-cache") { Description = "KV-cache format: fp16 (default), fp8, q8_0, q4_0", DefaultValueFactory = _ => "fp16" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var plot = new Option<string?>("--plot") { Description = "Draw generation speed against GPU count (1-8 of this GPU) to FILE.svg or FILE.png" };
        var strategy = new Option<string>("--strategy") { Description = "How several GPUs share the model: layer (default, llama.cpp) or tensor (vLLM / TensorRT-LLM tensor parallelism)", DefaultValueFactory = _ => "layer" };
        var llm = new Command("llm", "Speed of a language model on GPUs: decode and prefill tokens per second") { model, quant, gpu, count, build, prompt, gen, batch, kv, json, plot, strategy };
        llm.SetAction(r => Llm(context, r.GetValue(model), r.GetValue(quant)!, r.GetValue(gpu), r.GetValue(count), r.GetValue(build), r.GetValue(prompt), r.GetValue(gen), r.GetValue(batch), r.GetValue(kv)!, r.GetValue(json), r.GetValue(plot), r.GetValue(strategy)!));
        return new Command("predict", "Predict how fast a workload runs") { llm, PredictTrainCommand.Create(context) };
    }

    private static int Llm(CliContext context, string? modelText, string quantText, string? gpuText, int count, string? buildFile, int prompt, int gen, int batch, string kvText, bool json, string? plot, string strategyText)
    {
        var tensor = strategyText.ToLowerInvariant() switch
        {
            "layer" => false,
            "tensor" => true,
            _ => (bool?)null,
        };
        if (tensor is null)
        {
            return context.BadInput($"--strategy '{strategyText}' is not a split", "use layer or tensor");
        }

        if (prompt is < 1 or > 10_000_000 || gen is < 1 or > 10_000_000 || batch is < 1 or > 4096)
        {
            return context.BadInput("--prompt, --gen and --batch must be positive (batch at most 4096)", "e.g. --prompt 512 --gen 128");
        }

        var catalog = context.LoadCatalog();
        var models = catalog is null ? null : WorkloadInputs.LoadModels(context);
        if (catalog is null || models is null)
        {
            return ExitCodes.BadInput;
        }

        var inputs = WorkloadInputs.Resolve(context, catalog, models, modelText, quantText, gpuText, count, buildFile, kvText);
        if (inputs is null)
        {
            return ExitCodes.BadInput;
        }

        if (WorkloadInputs.FitSpeed(context, models, catalog) is not { } speed)
        {
            return ExitCodes.BadInput;
        }

        var context0 = prompt + gen;
        var parallel = tensor.Value && inputs.Gpus.Count > 1;
        var fit = InferenceMemory.Estimate(inputs.Model, inputs.Format, [.. inputs.Gpus.Select(g => g.Vram.Value)], context0, batch, inputs.KvBytes, parallel ? SplitStrategy.TensorParallel : null);
        var link = SpeedModel.LinkGbPerSecond(inputs.Gpus[0], inputs.Gpus.Count);
        var p = parallel
            ? speed.PredictTensorParallel(inputs.Model, inputs.Format, inputs.Gpus, prompt + (gen / 2), batch, inputs.KvBytes, link)
            : speed.Predict(inputs.Model, inputs.Format, inputs.Gpus, prompt + (gen / 2), batch, inputs.KvBytes);
        if (plot is not null)
        {
            var points = Enumerable.Range(1, 8).Select(n =>
            {
                var gpus = Enumerable.Repeat(inputs.Gpus[0], n).ToList();
                var split = tensor.Value && n > 1;
                var fits = InferenceMemory.Estimate(inputs.Model, inputs.Format, [.. gpus.Select(g => g.Vram.Value)], context0, batch, inputs.KvBytes, split ? SplitStrategy.TensorParallel : null).Fits;
                var s = split
                    ? speed.PredictTensorParallel(inputs.Model, inputs.Format, gpus, prompt + (gen / 2), batch, inputs.KvBytes, link)
                    : speed.Predict(inputs.Model, inputs.Format, gpus, prompt + (gen / 2), batch, inputs.KvBytes);
                return (n, s.DecodeTokensPerSecond, s.PrefillTokensPerSecond, fits);
            }).ToList();
            if (WorkloadCharts.Speed(plot, $"{inputs.Model.Name} in {inputs.Format.Name} on {inputs.Gpus[0].Name}{(tensor.Value ? ", tensor parallel" : "")}", points) is { } problem)
            {
                return context.BadInput(problem, "e.g. --plot speed.svg");
            }
        }
        if (json)
        {
            JsonOutput.Write(context.Stdout, new JsonObject
            {
                ["model"] = inputs.Model.Id,
                ["quant"] = inputs.Format.Id,
                ["gpus"] = inputs.Gpus.Count,
                ["fits"] = fit.Fits,
                ["strategy"] = fit.Strategy switch { SplitStrategy.Single => "single GPU", SplitStrategy.TensorParallel => "tensor parallel", _ => "layer split" },
                ["all_reduce_us"] = p.AllReduceSeconds is { } ar ? Math.Round(ar * 1e6, 1) : null,
                ["link_gb_per_s"] = parallel ? Math.Round(link, 1) : null,
                ["vram_per_gpu_gb"] = new JsonArray([.. fit.PerGpu.Select(g => (JsonNode?)JsonValue.Create(Math.Round(g.TotalGib, 2)))]),
                ["decode_tokens_per_s"] = Math.Round(p.DecodeTokensPerSecond, 2),
                ["prefill_tokens_per_s"] = Math.Round(p.PrefillTokensPerSecond, 1),
                ["decode_ceiling_tokens_per_s"] = Math.Round(p.DecodeCeiling, 2),
                ["prefill_ceiling_tokens_per_s"] = Math.Round(p.PrefillCeiling, 1),
                ["bytes_per_token_gb"] = Math.Round(p.BytesPerTokenGb, 3),
                ["decode_efficiency"] = Math.Round(p.DecodeEfficiency, 3),
                ["decode_layer_overhead_us"] = Math.Round(p.LayerOverheadSeconds * 1e6, 1),
                ["prefill_efficiency"] = Math.Round(p.PrefillEfficiency, 3),
                ["decode_median_error"] = Math.Round(speed.DecodeMedianError, 3),
                ["prefill_median_error"] = Math.Round(speed.PrefillMedianError, 3),
                ["calibration_measurements"] = speed.DecodeFit.Length + speed.PrefillFit.Length,
            });
            return ExitCodes.Ok;
        }

        var c = context.Console;
        var gpus = inputs.Gpus;
        var fitText = fit.Fits ? $"[green]fits[/] ({(fit.Strategy switch { SplitStrategy.Single => "one GPU", SplitStrategy.TensorParallel => "tensor parallel", _ => "layer split" })}, fullest GPU {fit.Fullest.TotalGib:0.#} of {fit.Fullest.CapacityGib:0} GiB)" : $"[red]does not fit[/] (GPU {fit.Fullest.Gpu} would need {fit.Fullest.TotalGib:0.#} of {fit.Fullest.CapacityGib:0} GiB; see `rigplan fit`)";
        c.MarkupLine($"[bold]{Markup.Escape(inputs.Model.Name)}[/] in {Markup.Escape(inputs.Format.Name)} on {gpus.Count}x {Markup.Escape(gpus[0].Name)}: {fitText}");
        if (parallel)
        {
            c.MarkupLine($"  Generation: about [bold]{p.DecodeTokensPerSecond:0.#} tokens/s[/]{(batch > 1 ? $" for the batch of {batch}" : "")}. Each GPU reads its 1/{gpus.Count} of {p.BytesPerTokenGb:0.#} GB per token at {gpus[0].MemoryBandwidth.Value:0} GB/s, all at once (a ceiling of {p.DecodeCeiling:0.#} tokens/s at full bandwidth); engines reach {p.DecodeEfficiency:P0} of it, spend about {p.LayerOverheadSeconds * 1e6:0} µs per layer per step, and two all-reduces per layer over {link:0} GB/s links cost {p.AllReduceSeconds!.Value * 1e6:0} µs each plus transfer.");
        }
        else
        {
            c.MarkupLine($"  Generation: about [bold]{p.DecodeTokensPerSecond:0.#} tokens/s[/]{(batch > 1 ? $" for the batch of {batch}" : "")}. Each token reads {p.BytesPerTokenGb:0.#} GB (weights{(inputs.Model.ActiveParamsB < inputs.Model.ParamsB ? " of the active experts" : "")} and KV cache) at {string.Join(" + ", gpus.Select(g => $"{g.MemoryBandwidth.Value:0} GB/s").Distinct())}{(gpus.Count > 1 ? " per card, card after card in a layer split" : "")}: a ceiling of {p.DecodeCeiling:0.#} tokens/s. Engines reach {p.DecodeEfficiency:P0} of the bandwidth and spend about {p.LayerOverheadSeconds * 1e6:0} µs more per layer per step ({inputs.Model.Layers} layers) launching and synchronising kernels.");
        }
        c.MarkupLine($"  Prompt: about [bold]{p.PrefillTokensPerSecond:#,0} tokens/s[/] (2 x {inputs.Model.ActiveParamsB:0.#}B FLOPs per token at {SpeedModel.InferenceTflops(gpus[0]):0} dense FP16 TFLOPS{(gpus.Count > 1 ? " per card" : "")}, of which engines reach {p.PrefillEfficiency:P0}).");
        var seconds = (prompt / p.PrefillTokensPerSecond) + (gen * batch / p.DecodeTokensPerSecond);
        c.MarkupLine($"  A {prompt:N0}-token prompt and {gen:N0} generated tokens take about {seconds:0.#} s.");
        if (parallel)
        {
            c.MarkupLine($"[grey]The all-reduce time is fitted to {speed.TensorParallelFit.Length} tensor-parallel decode measurement(s) only (median error {(speed.TensorParallelFit.IsEmpty ? double.NaN : speed.TensorParallelFit.Select(x => Math.Abs((x.Predicted / x.M.Value) - 1)).Order().ElementAt(speed.TensorParallelFit.Length / 2)):P0}); links are the card's own (NVLink for SXM modules and bridged pairs, else its PCIe link), not a particular board's.[/]");
        }

        c.MarkupLine($"[grey]Efficiencies fitted to {speed.DecodeFit.Length} decode and {speed.PrefillFit.Length} prefill measurements in data/models/measurements.csv; median error on them {speed.DecodeMedianError:P0} (decode) and {speed.PrefillMedianError:P0} (prefill). Expect errors of that order, more for engines and settings unlike those measured.[/]");
        return ExitCodes.Ok;
    }
}
