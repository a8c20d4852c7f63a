namespace RigPlan.Core.Workloads;

/// <summary>A published, measured inference speed (data/models/measurements.csv), used to fit the speed model.</summary>
public sealed record Measurement
{
    /// <summary>The GPU as the source names it.</summary>
    public required string Gpu { get; init; }

    /// <summary>GPUs used.</summary>
    public required int GpuCount { get; init; }

    /// <summary>Model id.</summary>
    public required string Model { get; init; }

    /// <summary>Weight format id.</summary>
    public required string Quant { get; init; }

    /// <summary>Inference engine.</summary>
    public string? Backend { get; init; }

    /// <summary>decode or prefill.</summary>
    public required string Metric { get; init; }

    /// <summary>Tokens per second.</summary>
    public required double Value { get; init; }

    /// <summary>Prompt tokens, when stated.</summary>
    public int? PromptTokens { get; init; }

    /// <summary>Generated tokens, when stated.</summary>
    public int? GenTokens { get; init; }

    /// <summary>Average KV-cache length during the measurement: the prompt plus half the generated tokens (512 when neither is stated).</summary>
    public int AverageContext => PromptTokens is null && GenTokens is null ? 512 : (PromptTokens ?? 0) + ((GenTokens ?? 0) / 2);

    /// <summary>Sequences at once.</summary>
    public int Batch { get; init; } = 1;

    /// <summary>layer, row, tensor-parallel or none.</summary>
    public string? Split { get; init; }

    /// <summary>Where it was published.</summary>
    public required string Source { get; init; }

    /// <summary>The file line.</summary>
    public required int Line { get; init; }
}
