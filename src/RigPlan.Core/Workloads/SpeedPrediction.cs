namespace RigPlan.Core.Workloads;

/// <summary>Predicted inference speed, with the roofline figures behind it.</summary>
public sealed record SpeedPrediction
{
    /// <summary>Tokens per second generating, for the whole batch.</summary>
    public required double DecodeTokensPerSecond { get; init; }

    /// <summary>Tokens per second reading the prompt.</summary>
    public required double PrefillTokensPerSecond { get; init; }

    /// <summary>The memory-bound ceiling for decode (efficiency 1).</summary>
    public required double DecodeCeiling { get; init; }

    /// <summary>The compute-bound ceiling for prefill (efficiency 1).</summary>
    public required double PrefillCeiling { get; init; }

    /// <summary>Bytes read per generated token, GB.</summary>
    public required double BytesPerTokenGb { get; init; }

    /// <summary>The fitted decode efficiency used (share of peak bandwidth reached).</summary>
    public required double DecodeEfficiency { get; init; }

    /// <summary>For tensor parallelism: the fixed time of one all-reduce, seconds.</summary>
    public double? AllReduceSeconds { get; init; }

    /// <summary>The fitted fixed time per layer per decode step, seconds.</summary>
    public double LayerOverheadSeconds { get; init; }

    /// <summary>The fitted prefill efficiency used (share of peak tensor throughput reached).</summary>
    public required double PrefillEfficiency { get; init; }
}
