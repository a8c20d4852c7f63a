namespace RigPlan.Core.Workloads.Training;

/// <summary>What DeepSpeed-style offload moves from GPU memory to system RAM.</summary>
public enum OptimizerOffload
{
    /// <summary>Nothing: everything stays on the GPUs.</summary>
    None,

    /// <summary>The optimizer states (FP32 master weights, Adam m and v: 12 bytes per trainable parameter), ZeRO-Offload.</summary>
    Optimizer,

    /// <summary>Optimizer states, gradients and 16-bit weights (ZeRO-Infinity to CPU; needs ZeRO-3); GPUs keep the layers in use.</summary>
    All,
}
