# NaturalCAD in one image: the Streamlit app (default) or the backend API (NATURALCAD_ROLE=api).
#   docker build -t naturalcad .
#   docker run -p 8501:8501 naturalcad                                             # the app
#   docker run -p 8000:8000 -e NATURALCAD_ROLE=api -e NATURALCAD_API_KEY=... naturalcad   # the API
# Works as is on a Hugging Face Docker Space (README front-matter `sdk: docker`, `app_port: 8501`).
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
    NATURALCAD_DATA_DIR=/home/user/data \
    NATURALCAD_ROLE=app
WORKDIR /home/user/app

COPY --chown=user:user requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=user:user . .
RUN mkdir -p "$NATURALCAD_DATA_DIR" && chown -R user:user "$NATURALCAD_DATA_DIR"
USER user

# Build-time smoke test: build123d imports, builds a 10 x 20 x 30 mm box and exports STEP and
# STL (re-imported and measured), and the API imports. A broken image fails here, not in use.
RUN python -m naturalcad.smoke

EXPOSE 8501 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["python", "-m", "naturalcad.container", "--health"]
CMD ["python", "-m", "naturalcad.container"]
