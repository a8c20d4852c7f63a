namespace RigPlan.Core.Workloads.Training;

/// <summary>The arithmetic a training run uses, which decides the peak rate it is measured against.</summary>
public enum TrainPrecision
{
    /// <summary>Mixed precision: BF16 tensor math with FP32 accumulate, FP16 on GPUs without BF16.</summary>
    Mixed,

    /// <summary>FP16 tensor math with FP32 accumulate (automatic mixed precision with FP16).</summary>
    Fp16,

    /// <summary>BF16 tensor math with FP32 accumulate.</summary>
    Bf16,

    /// <summary>FP32 as NVIDIA's framework containers run it: TF32 tensor cores where the GPU has them (Ampere and later), FP32 elsewhere.</summary>
    Fp32,
}
