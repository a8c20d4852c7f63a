namespace RigPlan.Core.Workloads.Training;

/// <summary>How much of the forward pass is kept for the backward pass (Korthikanti et al. 2022, Table 2).</summary>
public enum ActivationCheckpointing
{
    /// <summary>Everything kept, attention scores included: s·b·h·(34 + 5·a·s/h) bytes per layer.</summary>
    None,

    /// <summary>Attention scores recomputed (FlashAttention or selective recomputation): 34·s·b·h bytes per layer.</summary>
    Selective,

    /// <summary>Only each layer's input kept (2·s·b·h bytes per layer); the forward pass runs twice.</summary>
    Full,
}
