using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using RigPlan.Core.Workloads.Training;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>How training figures are written: the memory table and verdict, and small phrases.</summary>
internal static class TrainingRender
{
    public static string Precision(TrainPrecision p, Gpu gpu) => p switch
    {
        TrainPrecision.Fp16 => "FP16 mixed precision",
        TrainPrecision.Bf16 => "BF16 mixed precision",
        TrainPrecision.Fp32 => gpu.Vendor == "NVIDIA" && gpu.Bf16Tensor is not null ? "FP32 (TF32 tensor cores)" : "FP32",
        _ => gpu.MixedPrecisionIsFp16 ? "FP16 mixed precision" : "BF16 mixed precision",
    };

    public static string FlopsRule(TrainWorkload w, TrainingSetup s) => w.Family switch
    {
        TrainFamily.Cnn => $"3 x {w.ForwardGflop:0.#} GFLOP forward",
        TrainFamily.Encoder => "3 x forward: 24 x layers x width^2 per token plus attention",
        _ => $"{(s.Method == TrainingMethod.Full ? 6 : 4) + (s.Checkpointing == ActivationCheckpointing.Full ? 2 : 0)} x {w.Params / 1e9:0.##}B parameters per token plus attention{(s.Checkpointing == ActivationCheckpointing.Full ? ", recomputing the forward" : "")}",
    };

    /// <summary>A note when the sequence is longer than the model was trained for, or null.</summary>
    public static string? WindowNote(TrainWorkload w, TrainingSetup s) =>
        w.Llm is { } m && s.SeqLen > m.ContextLength ? $"[yellow]--seq-len {s.SeqLen:N0} is longer than {Markup.Escape(m.Name)}'s {m.ContextLength:N0}-token window; the figures are for the length given.[/]" : null;

    public static string Duration(double hours) => hours switch
    {
        < 1 => $"{hours * 60:0} minutes",
        < 48 => $"{hours:0.#} hours",
        _ => $"{hours / 24:0.#} days",
    };

    public static string Verdict(TrainingMemoryReport m)
    {
        var f = m.Fullest;
        var ram = m.RamPerNodeGib > 0 ? $"; offload needs {m.RamPerNodeGib:0.#} GiB of system RAM per node" : "";
        return m.Fits
            ? $"[green]fits[/], fullest GPU {f.TotalGib:0.#} of {f.CapacityGib:0} GiB{ram}"
            : $"[red]does not fit[/]: GPU {f.Gpu} would need {f.TotalGib:0.#} of its {f.CapacityGib:0} GiB{ram}";
    }

    public static JsonObject MemoryJson(TrainingMemoryReport m) => new()
    {
        ["fits"] = m.Fits,
        ["trainable_params"] = Math.Round(m.TrainableParams),
        ["ram_per_node_gib"] = Math.Round(m.RamPerNodeGib, 2),
        ["per_gpu"] = new JsonArray([.. m.PerGpu.Select(g => (JsonNode?)new JsonObject
        {
            ["gpu"] = g.Gpu,
            ["capacity_gib"] = g.CapacityGib,
            ["weights_gib"] = Math.Round(g.WeightsGib, 2),
            ["gradients_gib"] = Math.Round(g.GradientsGib, 2),
            ["optimizer_gib"] = Math.Round(g.OptimizerGib, 2),
            ["activations_gib"] = Math.Round(g.ActivationsGib, 2),
            ["overhead_gib"] = Math.Round(g.OverheadGib, 2),
            ["total_gib"] = Math.Round(g.TotalGib, 2),
            ["fits"] = g.Fits,
        })]),
    };

    public static Table MemoryTable(TrainingMemoryReport m)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("GPU", "Weights", "Gradients", "Optimizer", "Activations", "Overhead", "Total", "Of");
        foreach (var g in m.PerGpu)
        {
            var color = g.Fits ? "green" : "red";
            table.AddRow(g.Gpu.ToString(CultureInfo.InvariantCulture), Gib(g.WeightsGib), Gib(g.GradientsGib), Gib(g.OptimizerGib), Gib(g.ActivationsGib), Gib(g.OverheadGib), $"[{color}]{Gib(g.TotalGib)}[/]", $"{g.CapacityGib:0} GiB");
        }

        return table;
    }

    private static string Gib(double v) => $"{v:0.0} GiB";
}
