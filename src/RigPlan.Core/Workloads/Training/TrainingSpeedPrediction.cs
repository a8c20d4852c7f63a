using System.Collections.Immutable;

namespace RigPlan.Core.Workloads.Training;

/// <summary>Predicted data-parallel training speed, with the figures behind it.</summary>
public sealed record TrainingSpeedPrediction
{
    /// <summary>Samples (images or sequences) per second, all GPUs together.</summary>
    public required double SamplesPerSecond { get; init; }

    /// <summary>Tokens per second, all GPUs together; null for a CNN.</summary>
    public double? TokensPerSecond { get; init; }

    /// <summary>Samples per second per GPU in this run.</summary>
    public required double PerGpuSamplesPerSecond { get; init; }

    /// <summary>Share of the GPUs' compute time in a step: 1 with no communication to wait for.</summary>
    public required double ScalingEfficiency { get; init; }

    /// <summary>Training FLOPs per sample (forward, backward and any recomputation).</summary>
    public required double FlopsPerSample { get; init; }

    /// <summary>Peak dense TFLOPS per GPU at the precision (the slowest GPU of a mixed node).</summary>
    public required double PeakTflops { get; init; }

    /// <summary>Share of peak dense throughput the run achieves (model FLOPs utilisation: FLOPs per sample x samples/s per GPU over peak).</summary>
    public double AchievedUtilization => PeakTflops > 0 ? FlopsPerSample * PerGpuSamplesPerSecond / (PeakTflops * 1e12) : 0;

    /// <summary>The fitted factors used.</summary>
    public required FamilyFit Fit { get; init; }

    /// <summary>Compute time of one step on one GPU, seconds (power limit included).</summary>
    public required double ComputeSeconds { get; init; }

    /// <summary>Gradient all-reduce time of one step, seconds (within and between nodes).</summary>
    public required double AllReduceSeconds { get; init; }

    /// <summary>One step, seconds: the forward third, then the backward overlapped with the all-reduce.</summary>
    public required double StepSeconds { get; init; }

    /// <summary>Gradient bytes reduced per step.</summary>
    public required double GradientBytes { get; init; }

    /// <summary>The link within a node; null for one GPU.</summary>
    public GradientLink? Link { get; init; }

    /// <summary>Throughput kept at the power limit (1 at the card's own).</summary>
    public required double PowerFraction { get; init; }

    /// <summary>Settings that cannot be used; when any, the figures are zero.</summary>
    public required ImmutableArray<SetupProblem> Problems { get; init; }
}
