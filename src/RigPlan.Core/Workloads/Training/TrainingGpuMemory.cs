namespace RigPlan.Core.Workloads.Training;

/// <summary>What one GPU holds while training, GiB, against its memory.</summary>
/// <param name="Gpu">Which GPU (1-based, within a node).</param>
/// <param name="CapacityGib">Its memory.</param>
/// <param name="WeightsGib">16-bit (or 4-bit) weights on it, with ZeRO-3's gathered layers and LoRA adapters.</param>
/// <param name="GradientsGib">Gradients on it.</param>
/// <param name="OptimizerGib">FP32 master weights and Adam moments on it.</param>
/// <param name="ActivationsGib">Activations kept for the backward pass, and the logits.</param>
/// <param name="OverheadGib">CUDA context, communication buffers and allocator slack (RigPlan's allowance).</param>
public sealed record TrainingGpuMemory(int Gpu, double CapacityGib, double WeightsGib, double GradientsGib, double OptimizerGib, double ActivationsGib, double OverheadGib)
{
    /// <summary>Everything on it.</summary>
    public double TotalGib => WeightsGib + GradientsGib + OptimizerGib + ActivationsGib + OverheadGib;

    /// <summary>True when it fits.</summary>
    public bool Fits => TotalGib <= CapacityGib;
}
