@echo off
rem Runs Skyloom from this checkout on Windows: builds on first use, then starts dev.skyloom.app.Main.
setlocal
set HERE=%~dp0
set TARGET=%HERE%app\target
if not exist "%TARGET%\.skyloom-build-stamp" (
  echo skyloom: building the designer and command line ^(first run; usually 1-3 minutes, longer while Maven downloads its dependencies once^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -B -ntp -DskipTests -Dspotless.check.skip=true -pl app -am package 1>&2 || (popd & exit /b 2)
  popd
  type nul > "%TARGET%\.skyloom-build-stamp"
  echo skyloom: build finished; starting 1>&2
)
rem JavaFX loads native libraries from the class path; JDK 24+ warns unless that is allowed (flag exists since JDK 17).
java --enable-native-access=ALL-UNNAMED %SKYLOOM_JAVA_OPTS% -cp "%TARGET%\skyloom-app-0.1.0-SNAPSHOT.jar;%TARGET%\lib\*" dev.skyloom.app.Main %*
