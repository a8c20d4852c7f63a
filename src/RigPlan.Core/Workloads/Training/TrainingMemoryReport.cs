using System.Collections.Immutable;

namespace RigPlan.Core.Workloads.Training;

/// <summary>Training memory on each GPU of a node, whether it fits, and the system RAM that offload needs.</summary>
public sealed record TrainingMemoryReport
{
    /// <summary>The model.</summary>
    public required LlmModel Model { get; init; }

    /// <summary>The setup it was sized for.</summary>
    public required TrainingSetup Setup { get; init; }

    /// <summary>Each GPU of one node (every node holds the same).</summary>
    public required ImmutableArray<TrainingGpuMemory> PerGpu { get; init; }

    /// <summary>Trainable parameters (all of them for full training, the adapters for LoRA).</summary>
    public required double TrainableParams { get; init; }

    /// <summary>System RAM per node for what is offloaded, GiB (0 without offload).</summary>
    public required double RamPerNodeGib { get; init; }

    /// <summary>Settings that cannot be used; when any, the figures are not meaningful.</summary>
    public required ImmutableArray<SetupProblem> Problems { get; init; }

    /// <summary>True when the setup is sound and every GPU fits.</summary>
    public bool Fits => Problems.IsEmpty && PerGpu.All(g => g.Fits);

    /// <summary>The fullest GPU, the one that decides.</summary>
    public TrainingGpuMemory Fullest => PerGpu.MaxBy(g => g.TotalGib / g.CapacityGib)!;
}
