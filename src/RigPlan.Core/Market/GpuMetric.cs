namespace RigPlan.Core.Market;

/// <summary>What a GPU is ranked by.</summary>
public enum GpuMetric
{
    /// <summary>Dense BF16 tensor TFLOPS with FP32 accumulate (FP16 where BF16 is unsupported): mixed-precision training.</summary>
    Bf16,

    /// <summary>Peak FP32 TFLOPS.</summary>
    Fp32,

    /// <summary>Dense INT8 tensor TOPS: quantised inference.</summary>
    Int8,

    /// <summary>Memory bandwidth in GB/s: LLM decode speed.</summary>
    Bandwidth,

    /// <summary>Memory in GB: what fits.</summary>
    Vram,
}
