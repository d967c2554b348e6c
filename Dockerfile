# NaturalCAD app image: `docker build -t naturalcad . && docker run -p 8501:8501 naturalcad`
# Works as is on a Hugging Face Docker Space (set `app_port: 8501` in the Space's README).
FROM python:3.11-slim

# OpenGL/EGL/OSMesa and X client libraries that OCP (build123d) and VTK's offscreen
# renderer load; the same list Streamlit Community Cloud installs from packages.txt.
COPY packages.txt /tmp/packages.txt
RUN apt-get update \
 && xargs -a /tmp/packages.txt apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt

# An unprivileged user (uid 1000, as Hugging Face Spaces expect) owns the app and its data.
RUN useradd --create-home --uid 1000 user
ENV HOME=/home/user \
    PATH=/home/user/.local/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VTK_DEFAULT_OPENGL_WINDOW=vtkEGLRenderWindow \
    NATURALCAD_DATA_DIR=/home/user/data
WORKDIR /home/user/app

COPY --chown=user:user requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=user:user . .
RUN mkdir -p "$NATURALCAD_DATA_DIR" && chown -R user:user "$NATURALCAD_DATA_DIR"
USER user

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"
CMD ["streamlit", "run", "streamlit_app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]
