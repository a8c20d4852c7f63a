"""Measures what RigPlan's speed models predict, on whatever GPU this runs on, with synthetic data only.

Writes one JSON document to $OUT/measure.json (or stdout). Each section is independent and records its own error.
- env: GPU name, memory, driver, torch/torchvision versions (nvidia-smi and torch)
- matmul: dense BF16/FP16 GEMM TFLOPS (8192^3, FP32 accumulate as torch does by default)
- bandwidth: device-to-device copy GB/s (read + write counted)
- decode: a Llama-3-8B-shaped decoder stack with random BF16 weights, batch 1, one token at a time (GEMV-bound),
  tokens/s with a KV cache of 512 tokens, eager PyTorch (no fused kernels): a floor on what engines reach
- resnet50: torchvision ResNet-50 training with synthetic 224x224 images, AMP (FP16) and FP32/TF32, images/s
"""
import json, os, sys, time, subprocess, traceback
from timing import timed  # tools/device/timing.py, found because Python puts the script's folder on sys.path

out = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}

def section(name, fn):
    t0 = time.time()
    try:
        out[name] = fn()
    except Exception as e:  # record and go on
        out[name] = {"error": repr(e), "trace": traceback.format_exc()[-800:]}
    out.setdefault("seconds", {})[name] = round(time.time() - t0, 1)

def env():
    smi = subprocess.run(["nvidia-smi", "--query-gpu=name,memory.total,driver_version,power.limit,power.default_limit,clocks.max.sm", "--format=csv,noheader"], capture_output=True, text=True).stdout.strip()
    info = {"nvidia_smi": smi, "python": sys.version.split()[0]}
    try:
        import torch
        info["torch"] = torch.__version__
        info["cuda"] = torch.version.cuda
        info["device"] = torch.cuda.get_device_name(0)
    except Exception as e:
        info["torch"] = repr(e)
    try:
        import torchvision
        info["torchvision"] = torchvision.__version__
    except Exception as e:
        info["torchvision"] = repr(e)
    return info


def matmul():
    import torch
    res = {}
    n = 8192
    for dt in ["bfloat16", "float16"]:
        a = torch.randn(n, n, device="cuda", dtype=getattr(torch, dt))
        b = torch.randn(n, n, device="cuda", dtype=getattr(torch, dt))
        s = timed(lambda: a @ b, 50)
        res[dt + "_tflops"] = round(2 * n ** 3 / s / 1e12, 1)
    torch.backends.cuda.matmul.allow_tf32 = True
    a = torch.randn(n, n, device="cuda"); b = torch.randn(n, n, device="cuda")
    res["tf32_tflops"] = round(2 * n ** 3 / timed(lambda: a @ b, 20) / 1e12, 1)
    torch.backends.cuda.matmul.allow_tf32 = False
    res["fp32_tflops"] = round(2 * n ** 3 / timed(lambda: a @ b, 10) / 1e12, 1)
    return res

def bandwidth():
    import torch
    x = torch.empty(4 * 1024 ** 3 // 2, dtype=torch.float16, device="cuda")  # 4 GiB
    y = torch.empty_like(x)
    s = timed(lambda: y.copy_(x), 20)
    return {"copy_gbps": round(2 * x.numel() * 2 / s / 1e9, 1), "bytes": x.numel() * 2}

def decode():
    import torch
    torch.manual_seed(0)
    L, H, I, heads, kv, hd, V = 32, 4096, 14336, 32, 8, 128, 128256  # Llama 3 8B config
    dt = torch.bfloat16
    dev = "cuda"
    layers = []
    for _ in range(L):
        layers.append({
            "q": torch.randn(H, heads * hd, device=dev, dtype=dt) * 0.02,
            "k": torch.randn(H, kv * hd, device=dev, dtype=dt) * 0.02,
            "v": torch.randn(H, kv * hd, device=dev, dtype=dt) * 0.02,
            "o": torch.randn(heads * hd, H, device=dev, dtype=dt) * 0.02,
            "g": torch.randn(H, I, device=dev, dtype=dt) * 0.02,
            "u": torch.randn(H, I, device=dev, dtype=dt) * 0.02,
            "d": torch.randn(I, H, device=dev, dtype=dt) * 0.02,
        })
    emb = torch.randn(V, H, device=dev, dtype=dt) * 0.02
    head = torch.randn(H, V, device=dev, dtype=dt) * 0.02
    ctx = 512
    kcache = [torch.randn(kv, ctx, hd, device=dev, dtype=dt) for _ in range(L)]
    vcache = [torch.randn(kv, ctx, hd, device=dev, dtype=dt) for _ in range(L)]
    weight_bytes = sum(t.numel() * 2 for l in layers for t in l.values()) + head.numel() * 2 + H * 2
    def rms(t, shape):
        if hasattr(torch.nn.functional, "rms_norm"):
            return torch.nn.functional.rms_norm(t, shape)
        return t * torch.rsqrt(t.float().pow(2).mean(-1, keepdim=True) + 1e-6).to(t.dtype)
    def step():
        x = emb[1234].view(1, H)
        for i, l in enumerate(layers):
            h = rms(x, (H,))
            q = (h @ l["q"]).view(heads, 1, hd)
            k = kcache[i]; v = vcache[i]
            qg = q.view(kv, heads // kv, hd)
            att = torch.softmax(qg @ k.transpose(1, 2) / hd ** 0.5, dim=-1) @ v
            x = x + att.reshape(1, heads * hd) @ l["o"]
            h = rms(x, (H,))
            x = x + (torch.nn.functional.silu(h @ l["g"]) * (h @ l["u"])) @ l["d"]
        return rms(x, (H,)) @ head
    with torch.inference_mode():
        s = timed(step, 30, warm=5)
        graphs = None
        try:
            g = torch.cuda.CUDAGraph()
            static = None
            torch.cuda.synchronize()
            with torch.cuda.graph(g):
                static = step()
            sg = timed(lambda: g.replay(), 50, warm=5)
            graphs = round(1 / sg, 1)
        except Exception as e:
            graphs = repr(e)
    return {"model": "llama-3-8b shapes, random bf16 weights, batch 1, 512-token KV cache, eager PyTorch",
            "weight_gb": round(weight_bytes / 1e9, 3), "tokens_per_s_eager": round(1 / s, 1), "tokens_per_s_cuda_graph": graphs}

def resnet50():
    import torch, torchvision
    torch.backends.cudnn.benchmark = True
    res = {}
    for mode, bs in [("amp_fp16", 256), ("tf32", 128)]:
        model = torchvision.models.resnet50().cuda().to(memory_format=torch.channels_last)
        opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        x = torch.randn(bs, 3, 224, 224, device="cuda").to(memory_format=torch.channels_last)
        y = torch.randint(0, 1000, (bs,), device="cuda")
        scaler = torch.amp.GradScaler("cuda", enabled=(mode == "amp_fp16"))
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        def it():
            opt.zero_grad(set_to_none=True)
            with torch.autocast("cuda", dtype=torch.float16, enabled=(mode == "amp_fp16")):
                loss = torch.nn.functional.cross_entropy(model(x), y)
            scaler.scale(loss).backward()
            scaler.step(opt); scaler.update()
        s = timed(it, 30, warm=10)
        res[mode] = {"batch": bs, "images_per_s": round(bs / s, 1)}
        del model, opt
        torch.cuda.empty_cache()
    return res

section("env", env)
for name, fn in [("matmul", matmul), ("bandwidth", bandwidth), ("decode", decode), ("resnet50", resnet50)]:
    if isinstance(out.get("env"), dict) and str(out["env"].get("torch", "")).startswith("ModuleNotFound"):
        out[name] = {"skipped": "no torch"}
        continue
    section(name, fn)

text = json.dumps(out, indent=2)
dest = os.environ.get("OUT")
if dest:
    with open(os.path.join(dest, "measure.json"), "w") as f:
        f.write(text)
print(text)
