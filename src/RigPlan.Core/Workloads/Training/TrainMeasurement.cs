namespace RigPlan.Core.Workloads.Training;

/// <summary>A published, measured training speed (data/models/train_measurements.csv); values are totals over all GPUs.</summary>
public sealed record TrainMeasurement
{
    /// <summary>The GPU as the source names it.</summary>
    public required string Gpu { get; init; }

    /// <summary>GPUs used.</summary>
    public required int GpuCount { get; init; }

    /// <summary>Workload id (train_workloads.csv or llms.csv).</summary>
    public required string Workload { get; init; }

    /// <summary>Precision as the source labels it (AMP, FP16, FP32, TF32, BF16, NF4+BF16; empty when unstated).</summary>
    public string? Precision { get; init; }

    /// <summary>samples_per_s, tokens_per_s or mfu.</summary>
    public required string Metric { get; init; }

    /// <summary>The measured value (all GPUs together).</summary>
    public required double Value { get; init; }

    /// <summary>Samples per GPU per step, when stated.</summary>
    public int? BatchPerGpu { get; init; }

    /// <summary>Tokens per sample, when stated.</summary>
    public int? SeqLen { get; init; }

    /// <summary>The power limit set for the run, W; null at the card's full limit.</summary>
    public double? PowerLimitW { get; init; }

    /// <summary>Where it was published.</summary>
    public required string Source { get; init; }

    /// <summary>Free-text notes; language-model rows name their method here ("method lora").</summary>
    public string? Notes { get; init; }

    /// <summary>The file line.</summary>
    public required int Line { get; init; }

    /// <summary>The training method of a language-model row: qlora for NF4 rows, else the "method X" the notes name, else full.</summary>
    public TrainingMethod Method =>
        Precision?.Contains("NF4", StringComparison.OrdinalIgnoreCase) == true || Notes?.Contains("method qlora", StringComparison.OrdinalIgnoreCase) == true ? TrainingMethod.Qlora
        : Notes?.Contains("method lora", StringComparison.OrdinalIgnoreCase) == true ? TrainingMethod.Lora
        : TrainingMethod.Full;

    /// <summary>The precision class: FP32 and TF32 rows count as <see cref="TrainPrecision.Fp32"/>, everything else as mixed.</summary>
    public TrainPrecision PrecisionClass =>
        Precision?.ToUpperInvariant() is "FP32" or "TF32" ? TrainPrecision.Fp32 : TrainPrecision.Mixed;
}
