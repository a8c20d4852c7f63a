namespace RigPlan.Core.Workloads.Training;

/// <summary>How a language model is trained.</summary>
public enum TrainingMethod
{
    /// <summary>Every weight trained (full fine-tune or pre-training) with mixed-precision Adam.</summary>
    Full,

    /// <summary>Frozen 16-bit weights plus small trainable low-rank adapters (Hu et al. 2021).</summary>
    Lora,

    /// <summary>Frozen 4-bit NF4 weights plus 16-bit adapters (Dettmers et al. 2023).</summary>
    Qlora,
}
